package org.fieldbook.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.system.SecretCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** "Tell me if an earlier time frees up" on a booking's page: asked, shown, refused, withdrawn; signed in or by link. */
@FieldbookIntegrationTest
class EarlierTimeRequestPagesTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	@Autowired
	Clock clock;

	ServiceWorld world;

	MockHttpSession sam;

	BookedVisit visit;

	@BeforeEach
	void aVisitInFiveDays() throws Exception {
		world = worlds.create();
		sam = PortalSignIn.asNewCustomer(mvc, portalAccounts, contacts, world.contactId, ServiceWorld.CONTACT_EMAIL);
		Slot slot = slots.search(ServiceWorld.query()).days().get(5).slots().get(0);
		visit = bookings.book(world.booking(slot, null));
	}

	@Test
	void aSignedInCustomerAsksFromADateSeesItOnMyBookingsAndWithdrawsIt() throws Exception {
		LocalDate visitDate = visit.startsAt().atZone(CHICAGO).toLocalDate();
		String page = "/bookings/" + visit.reference();
		mvc.perform(get(page).session(sam))
			.andExpect(content().string(containsString("Tell me if an earlier time frees up")))
			.andExpect(content().string(containsString("action=\"" + page + "/earlier\"")));

		mvc.perform(post(page + "/earlier").param("notBefore", visitDate.minusDays(2).toString()).session(sam).with(csrf()))
			.andExpect(redirectedUrl(page + "?earlierAsked"));

		assertThat(jdbc.queryForObject("SELECT not_before FROM earlier_time_request WHERE booking_id = ?", Date.class,
				visit.bookingId()).toLocalDate()).isEqualTo(visitDate.minusDays(2));
		String from = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH)
			.format(visitDate.minusDays(2));
		mvc.perform(get(page + "?earlierAsked").session(sam))
			.andExpect(content().string(containsString("Done: we will tell you if an earlier time frees up.")))
			.andExpect(content().string(containsString("We will tell you if an earlier time frees up, from " + from + " on.")))
			.andExpect(content().string(containsString("Stop telling me")));
		mvc.perform(get("/bookings").session(sam)).andExpect(content().string(containsString("Waiting for an earlier time")));

		mvc.perform(post(page + "/earlier/withdraw").session(sam).with(csrf()))
			.andExpect(redirectedUrl(page + "?earlierWithdrawn"));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM earlier_time_request", Integer.class)).isZero();
		mvc.perform(get("/bookings").session(sam)).andExpect(content().string(not(containsString("Waiting for an earlier time"))));
	}

	@Test
	void aDateOnTheVisitsDayOrNotADateOrAVisitInsideTheCutOffIsRefusedAndNothingIsAsked() throws Exception {
		String page = "/bookings/" + visit.reference();
		LocalDate visitDate = visit.startsAt().atZone(CHICAGO).toLocalDate();

		mvc.perform(post(page + "/earlier").param("notBefore", visitDate.toString()).session(sam).with(csrf()))
			.andExpect(redirectedUrl(page + "?earlierTooLate"));
		mvc.perform(get(page + "?earlierTooLate").session(sam))
			.andExpect(content().string(containsString("Please choose a date before the day of your visit")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		mvc.perform(post(page + "/earlier").param("notBefore", "next week").session(sam).with(csrf()))
			.andExpect(redirectedUrl(page + "?earlierBadDate"));
		world.setting("cancel_cutoff_hours", (int) Duration.between(clock.instant(), visit.startsAt()).toHours() + 1);
		mvc.perform(post(page + "/earlier").session(sam).with(csrf())).andExpect(redirectedUrl(page + "?earlierNotMovable"));
		mvc.perform(post(page + "/earlier").session(sam)).andExpect(status().isForbidden());

		assertThat(jdbc.queryForObject("SELECT count(*) FROM earlier_time_request", Integer.class)).isZero();
	}

	@Test
	void theLinkInAMessageAsksForThatVisitOnlyAndAStrangerFindsNothing() throws Exception {
		String code = SecretCodes.newCode();
		jdbc.update("INSERT INTO portal_link_code (code_hash, booking_id, contact_id, expires_at) VALUES (?, ?, ?, ?)",
				SecretCodes.hash(code), visit.bookingId(), world.contactId, Timestamp.from(clock.instant().plus(Duration.ofDays(30))));

		mvc.perform(post("/b/{code}/earlier", code).with(csrf())).andExpect(redirectedUrl("/b/" + code + "?earlierAsked"));
		mvc.perform(get("/b/{code}", code)).andExpect(content().string(containsString("We will tell you if an earlier time frees up.")));
		assertThat(jdbc.queryForObject("SELECT not_before FROM earlier_time_request WHERE booking_id = ?", Date.class,
				visit.bookingId())).as("any earlier time").isNull();

		mvc.perform(post("/b/{code}/earlier/withdraw", "not-a-code").with(csrf())).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM earlier_time_request", Integer.class)).isOne();
	}

}
