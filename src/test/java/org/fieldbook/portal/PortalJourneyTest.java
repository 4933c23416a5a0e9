package org.fieldbook.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.support.AtFixedInstants;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestClock;
import org.fieldbook.system.SecretCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/** The portal journeys so far: invitation to account, my bookings, a message's link, cancel; each only for its owner. */
@FieldbookIntegrationTest
class PortalJourneyTest {

	private static final String PASSWORD = "a quiet lake in autumn";

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
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	@Autowired
	TestClock clock;

	ServiceWorld world;

	@BeforeEach
	void world() {
		world = worlds.create();
	}

	@AtFixedInstants
	void anInvitationCodeOpensTheAccountOnceWithAGoodPasswordAndSignsTheCustomerIn() throws Exception {
		String code = SecretCodes.newCode();
		jdbc.update("INSERT INTO invitation (contact_id, email, code_hash, expires_at) VALUES (?, ?, ?, ?)", world.contactId,
				ServiceWorld.CONTACT_EMAIL, SecretCodes.hash(code), Timestamp.from(clock.instant().plus(Duration.ofDays(14))));

		mvc.perform(get("/invitation/{code}", code)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Create my account")));
		mvc.perform(post("/invitation/{code}", code).param("password", "short").param("confirmation", "short").with(csrf()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("at least 12 characters")));
		mvc.perform(post("/invitation/{code}", code).param("password", "password1234").param("confirmation", "password1234")
			.with(csrf())).andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("most used")));
		mvc.perform(post("/invitation/{code}", code).param("password", PASSWORD).param("confirmation", PASSWORD))
			.andExpect(status().isForbidden());

		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult accepted = mvc.perform(post("/invitation/{code}", code).session(session).param("password", PASSWORD)
			.param("confirmation", PASSWORD).with(csrf())).andExpect(redirectedUrl("/profile?welcome")).andReturn();

		MockHttpSession signedIn = (MockHttpSession) accepted.getRequest().getSession();
		assertThat(signedIn.getId()).as("a new session id at sign-in").isNotEqualTo(before);
		mvc.perform(get("/profile").param("welcome", "").session(signedIn)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Welcome, Sam")))
			.andExpect(content().string(containsString("Skip for now")));
		mvc.perform(post("/profile").session(signedIn).with(csrf()).param("firstName", "Sam").param("lastName", "Lee")
			.param("phone", "312 555").param("language", "es")).andExpect(status().isOk())
			.andExpect(content().string(containsString("with its country code")));
		mvc.perform(post("/profile").session(signedIn).with(csrf()).param("firstName", "Samuel").param("lastName", "Lee")
			.param("phone", "+1 (312) 555-0177").param("language", "es").param("smsConsent", "true"))
			.andExpect(redirectedUrl("/schedule?profileSaved"));
		assertThat(jdbc.queryForMap("SELECT first_name, phone, language, sms_consent FROM contact WHERE id = ?", world.contactId))
			.containsEntry("first_name", "Samuel").containsEntry("phone", "+13125550177").containsEntry("language", "es")
			.containsEntry("sms_consent", true);
		assertThat(jdbc.queryForObject("SELECT status FROM invitation", String.class)).isEqualTo("REDEEMED");
		mvc.perform(post("/invitation/{code}", code).param("password", PASSWORD).param("confirmation", PASSWORD).with(csrf()))
			.andExpect(status().isNotFound()).andExpect(content().string(containsString("cannot be used")));
		mvc.perform(get("/invitation/{code}", "not-a-real-code")).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("cannot be used")));
		mvc.perform(post("/login").param("username", ServiceWorld.CONTACT_EMAIL).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aCustomerSeesAndCancelsOnlyTheBookingsOfItsOwnAccounts() throws Exception {
		BookedVisit visit = book();
		MockHttpSession sam = signIn(world.contactId, ServiceWorld.CONTACT_EMAIL);
		MockHttpSession stranger = signIn(otherAccountsContact(), "eve@example.org");

		mvc.perform(get("/bookings").session(sam)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Boiler service")))
			.andExpect(content().string(containsString("Self scheduling")));
		mvc.perform(get("/bookings").session(stranger)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(visit.reference()))));
		mvc.perform(get("/bookings/{ref}", visit.reference()).session(stranger)).andExpect(status().isNotFound());
		mvc.perform(post("/bookings/{ref}/cancel", visit.reference()).session(stranger).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/bookings/{ref}/cancel", visit.reference()).session(sam)).andExpect(status().isForbidden());
		assertThat(bookingStatus(visit)).isEqualTo("SCHEDULED");

		mvc.perform(get("/bookings/{ref}", visit.reference()).session(sam)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Cancel this visit")));
		mvc.perform(post("/bookings/{ref}/cancel", visit.reference()).session(sam).with(csrf()))
			.andExpect(redirectedUrl("/bookings/" + visit.reference() + "?canceled"));
		assertThat(bookingStatus(visit)).isEqualTo("CANCELED");
	}

	@AtFixedInstants
	void theLinkInAMessageOpensThatBookingWithoutSigningInUntilItExpiresOrIsBlocked() throws Exception {
		BookedVisit visit = book();
		String code = linkCode(visit, clock.instant().plus(Duration.ofDays(30)));

		mvc.perform(get("/b/{code}", code)).andExpect(status().isOk())
			.andExpect(content().string(containsString(visit.reference())))
			.andExpect(content().string(containsString("Cancel this visit")));
		mvc.perform(get("/bookings")).andExpect(status().is3xxRedirection());

		jdbc.update("UPDATE portal_link_code SET blocked = true");
		mvc.perform(get("/b/{code}", code)).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("no longer works")));
		jdbc.update("UPDATE portal_link_code SET blocked = false, expires_at = ?", Timestamp.from(clock.instant().minusSeconds(60)));
		mvc.perform(post("/b/{code}/cancel", code).with(csrf())).andExpect(status().isNotFound());
		assertThat(bookingStatus(visit)).isEqualTo("SCHEDULED");

		jdbc.update("UPDATE portal_link_code SET expires_at = ?", Timestamp.from(clock.instant().plus(Duration.ofDays(1))));
		mvc.perform(post("/b/{code}/cancel", code).with(csrf())).andExpect(redirectedUrl("/b/" + code + "?canceled"));
		assertThat(bookingStatus(visit)).isEqualTo("CANCELED");
	}

	@Test
	void aVisitIsMovedToAnotherFreeTimeBySignedInOwnerOrByItsLinkButNotByAStranger() throws Exception {
		BookedVisit visit = book();
		MockHttpSession sam = signIn(world.contactId, ServiceWorld.CONTACT_EMAIL);
		MockHttpSession stranger = signIn(otherAccountsContact(), "eve@example.org");
		String later = slots.search(ServiceWorld.query()).days().get(5).date().toString();

		String page = mvc.perform(get("/bookings/{ref}/reschedule", visit.reference()).param("date", later).session(sam))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Move my visit")))
			.andExpect(content().string(containsString("/reschedule?date=20")))
			.andReturn().getResponse().getContentAsString();
		String slot = firstTime(page);
		mvc.perform(get("/bookings/{ref}/reschedule", visit.reference()).session(stranger)).andExpect(status().isNotFound());
		mvc.perform(post("/bookings/{ref}/reschedule", visit.reference()).param("slot", slot).session(stranger).with(csrf()))
			.andExpect(status().isNotFound());

		mvc.perform(post("/bookings/{ref}/reschedule", visit.reference()).param("slot", slot).session(sam).with(csrf()))
			.andExpect(redirectedUrl("/bookings/" + visit.reference() + "?rescheduled"));
		assertThat(jdbc.queryForObject("SELECT starts_at FROM booking WHERE id = ?", Timestamp.class, visit.bookingId())
			.toInstant()).isEqualTo(Instant.parse(slot.substring(0, slot.indexOf('|'))));

		String code = linkCode(visit, clock.instant().plus(Duration.ofDays(30)));
		String other = firstTime(mvc.perform(get("/b/{code}/reschedule", code)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		mvc.perform(post("/b/{code}/reschedule", code).param("slot", other).with(csrf()))
			.andExpect(redirectedUrl("/b/" + code + "?rescheduled"));
		assertThat(jdbc.queryForObject("SELECT starts_at FROM booking WHERE id = ?", Timestamp.class, visit.bookingId())
			.toInstant()).isEqualTo(Instant.parse(other.substring(0, other.indexOf('|'))));
	}

	@Test
	void aVisitOfAServiceTypeNoLongerOnThePortalIsMovedNeitherByItsOwnerNorByItsLinkButStillByTheCompany() throws Exception {
		BookedVisit visit = book();
		MockHttpSession sam = signIn(world.contactId, ServiceWorld.CONTACT_EMAIL);
		String code = linkCode(visit, clock.instant().plus(Duration.ofDays(30)));
		String slot = firstTime(mvc.perform(get("/bookings/{ref}/reschedule", visit.reference()).session(sam))
			.andReturn().getResponse().getContentAsString());
		jdbc.update("UPDATE service_type SET on_portal = false");

		mvc.perform(get("/bookings/{ref}", visit.reference()).session(sam)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Move this visit"))))
			.andExpect(content().string(containsString("Cancel this visit")));
		mvc.perform(get("/bookings/{ref}/reschedule", visit.reference()).session(sam)).andExpect(status().isNotFound());
		mvc.perform(post("/bookings/{ref}/reschedule", visit.reference()).param("slot", slot).session(sam).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/b/{code}/reschedule", code)).andExpect(status().isNotFound());
		mvc.perform(post("/b/{code}/reschedule", code).param("slot", slot).with(csrf())).andExpect(status().isNotFound());

		assertThat(jdbc.queryForObject("SELECT starts_at FROM booking WHERE id = ?", Timestamp.class, visit.bookingId())
			.toInstant()).isEqualTo(visit.startsAt());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM work_order_note", Integer.class)).isZero();

		Slot later = slots.search(ServiceWorld.query()).days().get(5).slots().get(0);
		assertThat(bookings.rescheduleForCompany(visit.reference(), later.start().toInstant(), later.technicians(), "dana")
			.startsAt()).isEqualTo(later.start().toInstant());
	}

	@Test
	void aVisitIsNotMovedOntoTheSameServicesOtherVisitAndThePagePointsToThatOne() throws Exception {
		worlds.addSecondTechnician();
		BookedVisit visit = book();
		Slot later = slots.search(ServiceWorld.query()).days().get(5).slots().get(0);
		BookedVisit other = bookings.book(world.booking(later, null));
		MockHttpSession sam = signIn(world.contactId, ServiceWorld.CONTACT_EMAIL);
		String code = linkCode(visit, clock.instant().plus(Duration.ofDays(30)));
		String ontoTheOther = firstTime(mvc.perform(get("/bookings/{ref}/reschedule", visit.reference())
			.param("date", later.start().toLocalDate().toString()).session(sam)).andReturn().getResponse().getContentAsString());
		assertThat(ontoTheOther).startsWith(other.startsAt() + "|");

		mvc.perform(post("/bookings/{ref}/reschedule", visit.reference()).param("slot", ontoTheOther).session(sam).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("You already have a visit for this service here at that time")))
			.andExpect(content().string(containsString("href=\"/bookings/" + other.reference() + "\"")));
		mvc.perform(post("/b/{code}/reschedule", code).param("slot", ontoTheOther).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Its booking reference is " + other.reference() + ".")))
			.andExpect(content().string(not(containsString("href=\"/bookings/" + other.reference()))));

		assertThat(jdbc.queryForObject("SELECT starts_at FROM booking WHERE id = ?", Timestamp.class, visit.bookingId())
			.toInstant()).isEqualTo(visit.startsAt());
	}

	@AtFixedInstants
	void insideTheCutOffAVisitCanNoLongerBeCanceledOnline() throws Exception {
		BookedVisit visit = book();
		clock.set(visit.startsAt().minus(Duration.ofHours(24)).plusSeconds(60));
		String code = linkCode(visit, clock.instant().plus(Duration.ofDays(30)));

		mvc.perform(get("/b/{code}", code)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Cancel this visit"))))
			.andExpect(content().string(containsString("please call us")));
		mvc.perform(post("/b/{code}/cancel", code).with(csrf())).andExpect(redirectedUrl("/b/" + code + "?tooLate"));
		assertThat(bookingStatus(visit)).isEqualTo("SCHEDULED");
	}

	/** A visit some days ahead: beyond the default 24-hour cut-off. */
	private static String firstTime(String page) {
		Matcher time = Pattern.compile("name=\"slot\" value=\"([^\"]+)\"").matcher(page);
		assertThat(time.find()).as("a free time on the page").isTrue();
		return HtmlUtils.htmlUnescape(time.group(1));
	}

	private BookedVisit book() {
		Slot slot = slots.search(ServiceWorld.query()).days().get(3).slots().get(0);
		return bookings.book(world.booking(slot, null));
	}

	private String bookingStatus(BookedVisit visit) {
		return jdbc.queryForObject("SELECT status FROM booking WHERE id = ?", String.class, visit.bookingId());
	}

	private String linkCode(BookedVisit visit, Instant expiresAt) {
		String code = SecretCodes.newCode();
		jdbc.update("INSERT INTO portal_link_code (code_hash, booking_id, contact_id, expires_at) VALUES (?, ?, ?, ?)",
				SecretCodes.hash(code), visit.bookingId(), world.contactId, Timestamp.from(expiresAt));
		return code;
	}

	private long otherAccountsContact() {
		long account = jdbc.queryForObject("""
				INSERT INTO account (external_id, name, time_zone, address_line1, address_city, address_postal_code, address_country,
				                     address_lat, address_lon)
				VALUES ('acc-other', 'Other household', 'America/Chicago', '9 Elm St', 'Chicago', '60602', 'US', 41.87, -87.62)
				RETURNING id""", Long.class);
		long contact = jdbc.queryForObject("""
				INSERT INTO contact (external_id, first_name, last_name, email) VALUES ('c-eve', 'Eve', 'Other', 'eve@example.org')
				RETURNING id""", Long.class);
		jdbc.update("INSERT INTO account_contact (account_id, contact_id) VALUES (?, ?)", account, contact);
		return contact;
	}

	private MockHttpSession signIn(long contactId, String email) throws Exception {
		return PortalSignIn.asNewCustomer(mvc, portalAccounts, contacts, contactId, email);
	}

}
