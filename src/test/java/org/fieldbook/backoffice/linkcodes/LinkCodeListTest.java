package org.fieldbook.backoffice.linkcodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.support.RemoteAddress.from;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.fieldbook.backoffice.audit.AuditFilter;
import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.StatementCounter;
import org.fieldbook.support.TestClock;
import org.fieldbook.system.SecretCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The list of every portal link, filtered and sorted by the URL; a link's page; and the API that reads and changes links. */
@FieldbookIntegrationTest
class LinkCodeListTest {

	private static final RequestPostProcessor DISPATCHER = user("dora").roles("STAFF", "DISPATCHER");

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Autowired
	TestClock clock;

	@Autowired
	AuditTrail audit;

	@Autowired
	StatementCounter counter;

	ServiceWorld world;

	BookedVisit first;

	BookedVisit second;

	String activeCode;

	long active;

	long blocked;

	long expired;

	long noRecipient;

	@BeforeEach
	void linksOfTwoBookings() {
		world = worlds.create();
		first = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(2).slots().get(0), null));
		second = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(3).slots().get(0), null));
		jdbc.update("DELETE FROM portal_link_code");
		Instant now = clock.instant();
		activeCode = SecretCodes.newCode();
		active = link(activeCode, first.bookingId(), world.contactId, now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(30)), false);
		blocked = link(SecretCodes.newCode(), first.bookingId(), world.contactId, now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(30)), true);
		expired = link(SecretCodes.newCode(), second.bookingId(), world.contactId, now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(1)), false);
		noRecipient = link(SecretCodes.newCode(), second.bookingId(), null, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(5)), false);
	}

	@Test
	void eachFilterNarrowsTheList() throws Exception {
		assertListed(list(), active, blocked, expired, noRecipient);
		assertListed(list().param("reference", first.reference().toLowerCase()), active, blocked);
		assertListed(list().param("reference", "FB-NONE"));
		assertListed(list().param("recipient", "sam lee"), active, blocked, expired);
		assertListed(list().param("recipient", "SAM@example"), active, blocked, expired);
		assertListed(list().param("recipient", "nobody"));
		assertListed(list().param("state", "ACTIVE"), active, noRecipient);
		assertListed(list().param("state", "EXPIRED"), expired);
		assertListed(list().param("state", "BLOCKED"), blocked);
		String inFiveDays = clock.instant().plus(Duration.ofDays(5)).toString().substring(0, 10);
		assertListed(list().param("expiresFrom", inFiveDays).param("expiresTo", inFiveDays), noRecipient);
		assertListed(list().param("expiresTo", inFiveDays), expired, noRecipient);

		mvc.perform(list().param("state", "ACTIVE").param("recipient", "sam"))
			.andExpect(content().string(containsString("<option value=\"ACTIVE\" selected=\"selected\">")))
			.andExpect(content().string(containsString("value=\"sam\"")));
		mvc.perform(list().param("state", "USED_UP")).andExpect(status().isBadRequest());
	}

	@Test
	void theListIsSortedByCreationEitherWayOrByEndOfValidity() throws Exception {
		assertOrder(list(), noRecipient, blocked, active, expired);
		assertOrder(list().param("sort", "OLDEST"), expired, active, blocked, noRecipient);
		assertOrder(list().param("sort", "EXPIRY"), expired, noRecipient, active, blocked);
		mvc.perform(get("/api/v1/link-codes").param("sort", "EXPIRY").with(DISPATCHER))
			.andExpect(jsonPath("$.items[0].id").value(expired))
			.andExpect(jsonPath("$.items[0].bookingReference").value(second.reference()))
			.andExpect(jsonPath("$.total").value(4));
	}

	@Test
	void aLinksPageShowsItButNeverItsCode() throws Exception {
		String hash = SecretCodes.hash(activeCode);
		mvc.perform(get("/admin/links/{id}", active).with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(first.reference())))
			.andExpect(content().string(containsString(ServiceWorld.CONTACT_EMAIL)))
			.andExpect(content().string(containsString("Active")))
			.andExpect(content().string(containsString("/admin/links/" + active + "/block")))
			.andExpect(content().string(not(containsString(activeCode))))
			.andExpect(content().string(not(containsString(hash))));
		mvc.perform(get("/api/v1/link-codes/{id}", active).with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACTIVE"))
			.andExpect(jsonPath("$.recipient").value(ServiceWorld.CONTACT_EMAIL))
			.andExpect(content().string(not(containsString(activeCode))))
			.andExpect(content().string(not(containsString(hash))));
	}

	@Test
	void theScreensBlockHoldsAtOnceForTheCustomersLinkAndIsAudited() throws Exception {
		mvc.perform(get("/b/{code}", activeCode).with(from("10.4.1.1"))).andExpect(status().isOk());
		mvc.perform(post("/admin/links/{id}/block", active).with(DISPATCHER).with(csrf()))
			.andExpect(redirectedUrl("/admin/links/" + active + "?changed"));
		mvc.perform(get("/admin/links/{id}", active).with(DISPATCHER))
			.andExpect(content().string(containsString("Blocked")))
			.andExpect(content().string(not(containsString("/admin/links/" + active + "/block"))));
		mvc.perform(get("/b/{code}", activeCode).with(from("10.4.1.1"))).andExpect(content().string(containsString("This link no longer works")));
		assertThat(audit.find(new AuditFilter("dora", "link-code.blocked", first.reference(), null, null, null), 1).total()).isOne();
	}

	@Test
	void theApiExtendsExpiresAndBlocksWithProblemDetailsForWrongInput() throws Exception {
		Instant until = clock.instant().plus(Duration.ofDays(30));
		mvc.perform(post("/api/v1/link-codes/{id}/extend", active).param("days", "10").with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.expiresAt").value(until.plus(Duration.ofDays(10)).toString()));
		mvc.perform(post("/api/v1/link-codes/{id}/expire", active).with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("EXPIRED"));
		mvc.perform(get("/b/{code}", activeCode).with(from("10.4.1.2"))).andExpect(content().string(containsString("This link no longer works")));
		mvc.perform(post("/api/v1/link-codes/{id}/extend", active).param("days", "3").with(DISPATCHER))
			.andExpect(jsonPath("$.state").value("ACTIVE"));
		mvc.perform(get("/b/{code}", activeCode).with(from("10.4.1.2"))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/link-codes/{id}/block", active).with(DISPATCHER))
			.andExpect(jsonPath("$.state").value("BLOCKED"));
		mvc.perform(get("/b/{code}", activeCode).with(from("10.4.1.2"))).andExpect(content().string(containsString("This link no longer works")));
		assertThat(audit.find(new AuditFilter("dora", null, first.reference(), null, null, null), 1).items())
			.extracting(AuditTrail.Entry::action)
			.containsExactly("link-code.blocked", "link-code.extended", "link-code.expired", "link-code.extended");

		mvc.perform(post("/api/v1/link-codes/{id}/extend", expired).param("days", "365").with(DISPATCHER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("days: extend by 1 to 90 days"));
		mvc.perform(post("/api/v1/link-codes/{id}/extend", expired).param("days", "ten").with(DISPATCHER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("days: not a valid value"));
		for (String action : List.of("extend", "expire", "block")) {
			mvc.perform(post("/api/v1/link-codes/{id}/" + action, 999_999).with(DISPATCHER))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value("No link code 999999"));
		}
		mvc.perform(get("/api/v1/link-codes/{id}", 999_999).with(DISPATCHER)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/link-codes").param("expiresFrom", "tomorrow").with(DISPATCHER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("expiresFrom: not a valid value"));
	}

	@Test
	void aPageOfManyLinksCostsTheStatementsOfAPageOfFew() throws Exception {
		for (int n = 0; n < 40; n++) {
			link(SecretCodes.newCode(), second.bookingId(), world.contactId, clock.instant(), clock.instant().plus(Duration.ofDays(9)), true);
		}
		int few;
		try (var counting = counter.start()) {
			mvc.perform(list().param("reference", first.reference())).andExpect(status().isOk());
			few = counting.statements();
		}
		try (var counting = counter.start()) {
			mvc.perform(list().param("reference", second.reference())).andExpect(status().isOk());
			assertThat(counting.statements()).isEqualTo(few);
		}
	}

	@Test
	void onlyDispatchersAndAdminsSeeAndChangeLinks() throws Exception {
		for (String path : new String[] { "/admin/links", "/admin/links/" + active }) {
			mvc.perform(get(path)).andExpect(redirectedUrl("/admin/login"));
			mvc.perform(get(path).with(user("olga").roles("STAFF"))).andExpect(status().isForbidden());
			mvc.perform(get(path).with(user(ServiceWorld.CONTACT_EMAIL).roles("CUSTOMER"))).andExpect(status().isForbidden());
			mvc.perform(get(path).with(user("ada").roles("STAFF", "ADMIN"))).andExpect(status().isOk());
		}
		mvc.perform(get("/api/v1/link-codes")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/link-codes/{id}/block", active)).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/link-codes/{id}/block", active).with(user(ServiceWorld.CONTACT_EMAIL).roles("CUSTOMER")))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("SELECT blocked FROM portal_link_code WHERE id = ?", Boolean.class, active)).isFalse();
	}

	private MockHttpServletRequestBuilder list() {
		return get("/admin/links").with(DISPATCHER);
	}

	private void assertListed(MockHttpServletRequestBuilder request, long... expected) throws Exception {
		String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		for (long id : List.of(active, blocked, expired, noRecipient)) {
			assertThat(page.contains("/admin/links/" + id + "\"")).as("link %d listed", id)
				.isEqualTo(Arrays.stream(expected).anyMatch(wanted -> wanted == id));
		}
	}

	private void assertOrder(MockHttpServletRequestBuilder request, long... order) throws Exception {
		String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Integer> positions = Arrays.stream(order).mapToObj(id -> page.indexOf("/admin/links/" + id + "\"")).toList();
		assertThat(positions).doesNotContain(-1).isSorted();
	}

	private long link(String code, long bookingId, Long contactId, Instant createdAt, Instant expiresAt, boolean isBlocked) {
		return jdbc.queryForObject("""
				INSERT INTO portal_link_code (code_hash, booking_id, contact_id, created_at, expires_at, blocked)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, SecretCodes.hash(code), bookingId, contactId,
				Timestamp.from(createdAt), Timestamp.from(expiresAt), isBlocked);
	}

}
