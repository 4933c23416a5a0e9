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

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.ManagementService;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.booking.Visits;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.Jobs;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestClock;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** An open earlier-time offer on the visit's page: shown, declined, or answered too late; never without CSRF. */
@FieldbookIntegrationTest
class EarlierTimeOfferPagesTest {

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Autowired
	Visits visits;

	@Autowired
	EarlierTimeRequests requests;

	@Autowired
	ManagementService management;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	@Autowired
	TestClock clock;

	MockHttpSession sam;

	BookedVisit waiting;

	String page;

	@BeforeEach
	void anOpenOffer() throws Exception {
		ServiceWorld world = worlds.create().communicationType("EMAIL");
		sam = PortalSignIn.asNewCustomer(mvc, portalAccounts, contacts, world.contactId, ServiceWorld.CONTACT_EMAIL);
		BookedVisit freeing = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(1).slots().get(0), null));
		waiting = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(5).slots().get(0), null));
		requests.ask(visits.byId(waiting.bookingId(), "en").orElseThrow(), null);
		bookings.cancel(freeing.reference());
		Jobs.runDue(management);
		page = "/bookings/" + waiting.reference();
	}

	@Test
	void theOfferIsShownAndNoThanksKeepsTheVisitAndPassesTheTimeOn() throws Exception {
		mvc.perform(get(page).session(sam))
			.andExpect(content().string(containsString("An earlier time is free")))
			.andExpect(content().string(containsString(" instead of ")))
			.andExpect(content().string(containsString("action=\"" + page + "/earlier-offer/take\"")));
		mvc.perform(post(page + "/earlier-offer/decline").session(sam)).andExpect(status().isForbidden());

		mvc.perform(post(page + "/earlier-offer/decline").session(sam).with(csrf()))
			.andExpect(redirectedUrl(page + "?earlierDeclined"));
		Jobs.runDue(management);

		assertThat(jdbc.queryForObject("SELECT state FROM earlier_time_offer", String.class)).isEqualTo("DECLINED");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking WHERE source = 'HOLD'", Integer.class))
			.as("nobody else waits: released").isZero();
		mvc.perform(get(page + "?earlierDeclined").session(sam))
			.andExpect(content().string(containsString("Your visit keeps its time.")))
			.andExpect(content().string(not(containsString("An earlier time is free"))));
	}

	@Test
	void takingItAfterTheOfferExpiredSaysItWentToSomeoneElseAndChangesNothing() throws Exception {
		clock.set(clock.instant().plus(Duration.ofMinutes(31)));

		mvc.perform(post(page + "/earlier-offer/take").session(sam).with(csrf())).andExpect(redirectedUrl(page + "?earlierGone"));

		mvc.perform(get(page + "?earlierGone").session(sam))
			.andExpect(content().string(containsString("This time has been given to someone else. Your visit keeps its time.")))
			.andExpect(content().string(not(containsString("Take it"))));
		assertThat(jdbc.queryForObject("SELECT starts_at FROM booking WHERE id = ?", Timestamp.class, waiting.bookingId())
			.toInstant()).isEqualTo(waiting.startsAt());
	}

	@Test
	void takingItAgainFromASecondTabSaysTheTimeIsTheVisitsAndMovesNothingMore() throws Exception {
		mvc.perform(post(page + "/earlier-offer/take").session(sam).with(csrf())).andExpect(redirectedUrl(page + "?earlierTaken"));
		Instant taken = jdbc.queryForObject("SELECT starts_at FROM booking WHERE id = ?", Timestamp.class, waiting.bookingId())
			.toInstant();

		mvc.perform(post(page + "/earlier-offer/take").session(sam).with(csrf())).andExpect(redirectedUrl(page + "?earlierTaken"));

		assertThat(taken).isBefore(waiting.startsAt());
		assertThat(jdbc.queryForObject("SELECT starts_at FROM booking WHERE id = ?", Timestamp.class, waiting.bookingId())
			.toInstant()).isEqualTo(taken);
		assertThat(jdbc.queryForList("SELECT state FROM earlier_time_offer", String.class)).containsExactly("TAKEN");
	}

}
