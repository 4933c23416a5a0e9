package org.fieldbook.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A service type of arrival windows on the pages: the portal offers windows and shows the window booked everywhere;
 * the back office shows window and planned start; the slot-search API answers the windows with their planned starts.
 */
@FieldbookIntegrationTest
class ArrivalWindowPagesTest {

	private static final Pattern TIMES = Pattern.compile("name=\"slot\" value=\"([^\"]+)\"[^>]*>\\s*<span>([^<]+)</span>");

	private static final RequestPostProcessor DISPATCHER = user("dora").roles("STAFF", "DISPATCHER");

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	MockHttpSession sam;

	@BeforeEach
	void signedIn() throws Exception {
		ServiceWorld world = worlds.create().arrivalWindows("08:00-12:00, 12:00-16:00");
		sam = PortalSignIn.asNewCustomer(mvc, portalAccounts, contacts, world.contactId, ServiceWorld.CONTACT_EMAIL);
	}

	@Test
	void theCustomerChoosesAWindowAndIsShownTheWindowOnTheConfirmationMyBookingsAndTheMovePage() throws Exception {
		List<String[]> offered = times(mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).session(sam))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Arrival windows on ")))
			.andExpect(content().string(containsString("The technician arrives within the window you choose.")))
			.andReturn().getResponse().getContentAsString());
		assertThat(offered).extracting(time -> time[1])
			.containsExactly("Arrival between 08:00 and 12:00", "Arrival between 12:00 and 16:00");
		String morning = offered.get(0)[0];

		String booked = mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", ServiceWorld.ACCOUNT)
			.param("serviceType", ServiceWorld.SERVICE_TYPE).param("slot", morning))
			.andExpect(redirectedUrlPattern("/bookings/FB-*?booked")).andReturn().getResponse().getRedirectedUrl();

		Instant windowStart = Instant.parse(morning.substring(0, morning.indexOf('|')));
		assertThat(jdbc.queryForObject("SELECT window_starts_at FROM booking", Timestamp.class).toInstant()).isEqualTo(windowStart);
		String promised = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).format(windowStart.atZone(CHICAGO))
				+ ", arrival between 08:00 and 12:00 CST";
		mvc.perform(get(booked).session(sam))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your visit is booked")))
			.andExpect(content().string(containsString(promised)));
		mvc.perform(get("/bookings").session(sam)).andExpect(content().string(containsString(promised)));
		String reference = booked.substring("/bookings/".length(), booked.indexOf('?'));
		List<String[]> offeredForTheMove = times(mvc.perform(get("/bookings/{reference}/reschedule", reference).session(sam))
			.andExpect(content().string(containsString("Now booked for " + promised)))
			.andReturn().getResponse().getContentAsString());
		String afternoon = offeredForTheMove.stream()
			.filter(time -> time[1].equals("Arrival between 12:00 and 16:00"))
			.findFirst()
			.orElseThrow()[0];

		mvc.perform(post("/bookings/{reference}/reschedule", reference).session(sam).with(csrf()).param("slot", afternoon))
			.andExpect(redirectedUrlPattern("/bookings/" + reference + "?rescheduled"));
		mvc.perform(get("/bookings/{reference}", reference).session(sam))
			.andExpect(content().string(containsString("arrival between 12:00 and 16:00 CST")));

		Instant afternoonStart = Instant.parse(afternoon.substring(0, afternoon.indexOf('|')));
		assertThat(jdbc.queryForObject("SELECT window_starts_at FROM booking", Timestamp.class).toInstant())
			.isEqualTo(afternoonStart);
		assertThat(jdbc.queryForObject("SELECT starts_at FROM booking", Timestamp.class).toInstant())
			.isAfterOrEqualTo(afternoonStart)
			.isBefore(afternoonStart.plusSeconds(4 * 3600));
	}

	@Test
	void theBackOfficeShowsThePromisedWindowThePlannedStartAndWhichTimesKeepThePromise() throws Exception {
		String morning = times(mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).session(sam))
			.andReturn().getResponse().getContentAsString()).get(0)[0];
		String booked = mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", ServiceWorld.ACCOUNT)
			.param("serviceType", ServiceWorld.SERVICE_TYPE).param("slot", morning))
			.andReturn().getResponse().getRedirectedUrl();
		String reference = booked.substring("/bookings/".length(), booked.indexOf('?'));
		Instant planned = jdbc.queryForObject("SELECT starts_at FROM booking", Timestamp.class).toInstant();
		String plannedTime = DateTimeFormatter.ofPattern("HH:mm").format(planned.atZone(CHICAGO));

		String page = mvc.perform(get("/admin/bookings/{reference}", reference).with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Arrival window promised")))
			.andExpect(content().string(containsString("08:00–12:00")))
			.andExpect(content().string(containsString("sends no message")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<dd>" + DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH)
			.format(planned.atZone(CHICAGO)) + "–");
		List<String> marked = markedInside(page);
		assertThat(marked).as("the starts marked inside the window of the booking's date").isNotEmpty()
			.allSatisfy(time -> assertThat(time).isBetween("08:00", "11:30"));
		assertThat(page).contains(">13:00–14:30</span>");
		mvc.perform(get("/admin/dispatch").param("territory", "chicago")
			.param("date", planned.atZone(CHICAGO).toLocalDate().toString()).with(DISPATCHER))
			.andExpect(content().string(containsString(plannedTime + "–")))
			.andExpect(content().string(containsString(", arrival window 08:00–12:00 (" + reference + ")")));
		Instant windowStart = Instant.parse(morning.substring(0, morning.indexOf('|')));
		mvc.perform(get("/api/v1/bookings/{reference}", reference).with(httpBasic("admin", "admin")))
			.andExpect(jsonPath("$.startsAt").value(planned.toString()))
			.andExpect(jsonPath("$.arrivalWindow.from").value(windowStart.toString()))
			.andExpect(jsonPath("$.arrivalWindow.to").value(windowStart.plusSeconds(4 * 3600).toString()));
	}

	@Test
	void theSlotSearchApiAnswersEachWindowWithItsPlannedStartAndTechnicians() throws Exception {
		mvc.perform(post("/api/v1/slot-search").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"serviceType\":\"" + ServiceWorld.SERVICE_TYPE + "\",\"account\":\"" + ServiceWorld.ACCOUNT + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days[0].slots").isEmpty())
			.andExpect(jsonPath("$.days[0].windows[0].start").value(containsString("T08:00:00-06:00")))
			.andExpect(jsonPath("$.days[0].windows[0].end").value(containsString("T12:00:00-06:00")))
			.andExpect(jsonPath("$.days[0].windows[0].plannedStart").value(containsString("-06:00")))
			.andExpect(jsonPath("$.days[0].windows[0].technicians[0]").value(ServiceWorld.TECHNICIAN))
			.andExpect(jsonPath("$.days[0].windows[1].start").value(containsString("T12:00:00-06:00")));
		jdbc.update("UPDATE service_type SET arrival_windows = NULL");
		mvc.perform(post("/api/v1/slot-search").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"serviceType\":\"" + ServiceWorld.SERVICE_TYPE + "\",\"account\":\"" + ServiceWorld.ACCOUNT + "\"}"))
			.andExpect(jsonPath("$.days[0].slots").isNotEmpty())
			.andExpect(content().string(not(containsString("\"windows\""))));
	}

	/** The offered starts (as HH:mm) that the booking page marks inside the promised window. */
	private static List<String> markedInside(String page) {
		Matcher matcher = Pattern.compile(">(\\d\\d:\\d\\d)–\\d\\d:\\d\\d</span>\\s*<span[^>]*>\\(inside the promised window\\)")
			.matcher(page);
		List<String> found = new ArrayList<>();
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	/** The times a page offers: each one's value and label. */
	private static List<String[]> times(String page) {
		Matcher matcher = TIMES.matcher(page);
		List<String[]> found = new ArrayList<>();
		while (matcher.find()) {
			found.add(new String[] { matcher.group(1), matcher.group(2) });
		}
		return found;
	}

}
