package org.fieldbook.backoffice.linkcodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.fieldbook.support.RemoteAddress.from;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.fieldbook.backoffice.audit.AuditFilter;
import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.support.AtFixedInstants;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestClock;
import org.fieldbook.system.SecretCodes;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Staff extend, expire and block the portal link of a booking; the link then works, or says it no longer does. */
@FieldbookIntegrationTest
class LinkCodeAdministrationTest {

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

	String code;

	String reference;

	long linkId;

	@BeforeEach
	void aBookingWithALink() {
		ServiceWorld world = worlds.create();
		Slot slot = slots.search(ServiceWorld.query()).days().get(2).slots().get(0);
		BookedVisit visit = bookings.book(world.booking(slot, null));
		reference = visit.reference();
		code = SecretCodes.newCode();
		linkId = jdbc.queryForObject("""
				INSERT INTO portal_link_code (code_hash, booking_id, contact_id, expires_at) VALUES (?, ?, ?, ?) RETURNING id""",
				Long.class, SecretCodes.hash(code), visit.bookingId(), world.contactId, Timestamp.from(clock.instant().plus(Duration.ofDays(30))));
	}

	@AtFixedInstants
	void staffFindTheLinksOfABookingAndExpireExtendAndBlockThem() throws Exception {
		mvc.perform(get("/admin/links").param("reference", reference.toLowerCase()).with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ServiceWorld.CONTACT_EMAIL)))
			.andExpect(content().string(containsString("Active")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(code))));

		mvc.perform(post("/admin/links/{id}/expire", linkId).with(DISPATCHER).with(csrf()))
			.andExpect(redirectedUrl("/admin/links/" + linkId + "?changed"));
		mvc.perform(get("/b/{code}", code).with(from("10.4.0.1"))).andExpect(content().string(containsString("This link no longer works")));

		mvc.perform(post("/admin/links/{id}/extend", linkId).param("days", "10").with(DISPATCHER).with(csrf()))
			.andExpect(redirectedUrl("/admin/links/" + linkId + "?changed"));
		Instant validUntil = jdbc.queryForObject("SELECT expires_at FROM portal_link_code", Timestamp.class).toInstant();
		assertThat(validUntil).isBetween(clock.instant().plus(Duration.ofDays(10)).minusSeconds(60), clock.instant().plus(Duration.ofDays(10)));
		mvc.perform(get("/b/{code}", code).with(from("10.4.0.1"))).andExpect(status().isOk()).andExpect(content().string(containsString(reference)));
		clock.advance(Duration.ofDays(10));
		mvc.perform(get("/admin/links").param("reference", reference).with(DISPATCHER))
			.andExpect(content().string(containsString("Expired")));
		clock.advance(Duration.ofDays(-10));

		mvc.perform(post("/admin/links/{id}/block", linkId).with(DISPATCHER).with(csrf()))
			.andExpect(redirectedUrl("/admin/links/" + linkId + "?changed"));
		mvc.perform(get("/b/{code}", code).with(from("10.4.0.1"))).andExpect(content().string(containsString("This link no longer works")));
		mvc.perform(get("/admin/links").param("reference", reference).with(DISPATCHER))
			.andExpect(content().string(containsString("Blocked")));
	}

	@AtFixedInstants
	void eachChangeIsAuditedWithTheStaffMemberAndTheValidityBeforeAndAfter() throws Exception {
		Instant validUntil = clock.instant().plus(Duration.ofDays(30));
		mvc.perform(post("/admin/links/{id}/extend", linkId).param("days", "40").with(DISPATCHER).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/links/{id}/block", linkId).with(DISPATCHER).with(csrf()))
			.andExpect(status().is3xxRedirection());

		List<AuditTrail.Entry> entries = audit.find(new AuditFilter(null, null, reference, null, null, null), 1).items();
		String link = "link " + linkId + " (" + ServiceWorld.CONTACT_EMAIL + "): ";
		assertThat(entries).extracting(AuditTrail.Entry::actor, AuditTrail.Entry::action, AuditTrail.Entry::occurredAt,
				AuditTrail.Entry::details)
			.containsExactly(
					tuple("dora", "link-code.blocked", clock.instant(), link + "ACTIVE until " + validUntil.plus(Duration.ofDays(40))
							+ " → BLOCKED until " + validUntil.plus(Duration.ofDays(40))),
					tuple("dora", "link-code.extended", clock.instant(),
							link + "ACTIVE until " + validUntil + " → ACTIVE until " + validUntil.plus(Duration.ofDays(40))));
	}

	@AtFixedInstants
	void wrongInputChangesNothingAndOnlyStaffMayChangeLinks() throws Exception {
		mvc.perform(post("/admin/links/{id}/extend", linkId).param("days", "365").with(DISPATCHER).with(csrf()))
			.andExpect(redirectedUrl("/admin/links/" + linkId + "?badDays"));
		mvc.perform(post("/admin/links/{id}/block", linkId + 1000).with(DISPATCHER).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/admin/links/{id}/block", linkId).with(DISPATCHER))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/links/{id}/block", linkId).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/login"));
		mvc.perform(post("/admin/links/{id}/block", linkId).with(csrf())
			.with(user("sam@example.com").roles("CUSTOMER")))
			.andExpect(status().isForbidden());

		assertThat(jdbc.queryForObject("SELECT blocked FROM portal_link_code", Boolean.class)).isFalse();
		mvc.perform(get("/b/{code}", code).with(from("10.4.0.1"))).andExpect(status().isOk());
	}

	@AtFixedInstants
	void anUnknownOrMalformedLinkIsRefusedAndNothingIsChangedOrAudited() throws Exception {
		Timestamp expiryBefore = jdbc.queryForObject("SELECT expires_at FROM portal_link_code", Timestamp.class);
		long auditBefore = jdbc.queryForObject("SELECT count(*) FROM audit_entry", Long.class);
		for (String action : List.of("extend", "expire", "block")) {
			mvc.perform(post("/admin/links/{id}/" + action, linkId + 1000).param("days", "10").with(DISPATCHER).with(csrf()))
				.andExpect(status().isNotFound())
				.andExpect(header().doesNotExist("Location"));
			mvc.perform(post("/admin/links/{id}/" + action, "{x}").param("days", "10").with(DISPATCHER).with(csrf()))
				.andExpect(status().isBadRequest());
		}
		mvc.perform(post("/admin/links/{id}/extend", linkId + 1000).param("days", "365").with(DISPATCHER).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/admin/links/{id}/extend", linkId).param("days", "many").with(DISPATCHER).with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/admin/links/{id}", linkId + 1000).with(DISPATCHER)).andExpect(status().isNotFound());

		assertThat(jdbc.queryForObject("SELECT blocked FROM portal_link_code", Boolean.class)).isFalse();
		assertThat(jdbc.queryForObject("SELECT expires_at FROM portal_link_code", Timestamp.class)).isEqualTo(expiryBefore);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry", Long.class)).as("nothing audited").isEqualTo(auditBefore);
	}

}
