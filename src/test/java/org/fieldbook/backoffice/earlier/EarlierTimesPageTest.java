package org.fieldbook.backoffice.earlier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.ManagementService;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.booking.VisitView;
import org.fieldbook.booking.Visits;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.Jobs;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestPorts;
import org.fieldbook.waitlist.EarlierTimeOffers;
import org.fieldbook.waitlist.EarlierTimeRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The back office's earlier times: the waiting visits per territory and day, the offers by what became of them, and
 * on the overview the visits brought forward and the days they gained; for dispatchers and admins only.
 */
@FieldbookIntegrationTest
class EarlierTimesPageTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private static final RequestPostProcessor DISPATCHER = user("dora").roles("STAFF", "DISPATCHER");

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
	EarlierTimeOffers offers;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	ServiceWorld world;

	BookedVisit firstFreeing;

	BookedVisit waiting;

	BookedVisit alsoWaiting;

	@BeforeEach
	void twoVisitsToCancelAndTwoWaiting() {
		world = worlds.create().communicationType("EMAIL");
		firstFreeing = book(1);
		waiting = book(5);
		alsoWaiting = book(6);
		requests.ask(visit(waiting), null);
		requests.ask(visit(alsoWaiting), null);
		Jobs.runDue(management);
	}

	@Test
	void theWaitingVisitsShowPerTerritoryAndDayTheLongestWaitingFirst() throws Exception {
		String page = page("/admin/earlier-times");

		assertThat(rows(page, "waiting")).containsExactly(
				"Chicago | " + day(waiting) + " | 1 | " + waiting.reference(),
				"Chicago | " + day(alsoWaiting) + " | 1 | " + alsoWaiting.reference());
		assertThat(page).contains("No time has been offered yet.");
		assertThat(figure(page, "offers-made")).isZero();
	}

	@Test
	void takenAndDeclinedOffersCountAndTheOverviewShowsTheDaysGained() throws Exception {
		bookings.cancel(firstFreeing.reference());
		Jobs.runDue(management);
		offers.take(visit(waiting));
		Jobs.runDue(management);
		assertThat(offers.decline(alsoWaiting.bookingId())).as("the time the visit brought forward left is offered on")
			.isTrue();
		Jobs.runDue(management);

		String page = page("/admin/earlier-times");

		long gained = ChronoUnit.DAYS.between(firstFreeing.startsAt().atZone(CHICAGO).toLocalDate(),
				waiting.startsAt().atZone(CHICAGO).toLocalDate());
		assertThat(gained).as("the world's fifth day of times lies days after its first").isPositive();
		assertThat(figure(page, "offers-made")).isEqualTo(2);
		assertThat(figure(page, "offers-taken")).isOne();
		assertThat(figure(page, "offers-declined")).isOne();
		assertThat(figure(page, "offers-expired")).isZero();
		assertThat(figure(page, "offers-open")).isZero();
		assertThat(figure(page, "brought-forward")).isOne();
		assertThat(figure(page, "days-gained")).isEqualTo(gained);
		assertThat(rows(page, "waiting")).as("the visit brought forward waits no more").containsExactly(
				"Chicago | " + day(alsoWaiting) + " | 1 | " + alsoWaiting.reference());
		assertThat(rows(page, "latest")).hasSize(2);
		assertThat(rows(page, "latest").get(0)).startsWith(alsoWaiting.reference() + " | " + time(waiting) + " | ")
			.contains(" | Declined | ");
		assertThat(rows(page, "latest").get(1)).startsWith(waiting.reference() + " | ")
			.contains(" | " + time(firstFreeing) + " | " + time(waiting) + " | Taken | ");

		String overview = page("/admin");
		assertThat(figure(overview, "overview-brought-forward")).isOne();
		assertThat(figure(overview, "overview-days-gained")).isEqualTo(gained);
		assertThat(overview).contains("id=\"earlier-times-link\"");
	}

	@Test
	void aHeldTimeShowsOnTheDispatchBoardAsHeldForTheVisitItIsOfferedTo() throws Exception {
		bookings.cancel(firstFreeing.reference());
		Jobs.runDue(management);
		Instant expires = jdbc.queryForObject("SELECT hold_expires_at FROM booking WHERE source = 'HOLD'", Timestamp.class)
			.toInstant();

		String board = mvc.perform(get("/admin/dispatch").param("territory", "chicago")
			.param("date", firstFreeing.startsAt().atZone(CHICAGO).toLocalDate().toString())
			.with(DISPATCHER)
			.locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH:mm");
		assertThat(board).contains("href=\"/admin/bookings/" + waiting.reference() + "\"")
			.contains(hours.format(firstFreeing.startsAt().atZone(CHICAGO)) + "–" + hours.format(firstFreeing.endsAt().atZone(CHICAGO))
					+ " held for an earlier-time offer to " + waiting.reference() + ", until "
					+ hours.format(expires.atZone(CHICAGO)))
			.doesNotContain("hold-");
	}

	@Test
	void staffWithoutADispatchingRoleSeeTheFigureButNotThePage() throws Exception {
		RequestPostProcessor staff = user("sid").roles("STAFF");

		mvc.perform(get("/admin/earlier-times").with(staff)).andExpect(status().isForbidden());
		String overview = mvc.perform(get("/admin").with(staff).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(overview).contains("id=\"overview-days-gained\"").doesNotContain("earlier-times-link")
			.doesNotContain("href=\"/admin/earlier-times\"");
	}

	private BookedVisit book(int day) {
		return bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(day).slots().get(0), null));
	}

	private VisitView visit(BookedVisit booked) {
		return visits.byId(booked.bookingId(), "en").orElseThrow();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(DISPATCHER).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String day(BookedVisit visit) {
		return DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH).format(visit.startsAt().atZone(CHICAGO));
	}

	private static String time(BookedVisit visit) {
		return DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm z", Locale.ENGLISH).format(visit.startsAt().atZone(CHICAGO));
	}

	private static long figure(String page, String id) {
		Matcher figure = Pattern.compile("id=\"" + id + "\"[^>]*>([0-9]+)<").matcher(page);
		assertThat(figure.find()).as("figure %s", id).isTrue();
		return Long.parseLong(figure.group(1));
	}

	/** The body rows of the table with this id, their cells' text joined by " | ". */
	private static List<String> rows(String page, String tableId) {
		int table = page.indexOf("<table id=\"" + tableId + "\"");
		if (table < 0) {
			return List.of();
		}
		String body = page.substring(page.indexOf("<tbody>", table), page.indexOf("</tbody>", table));
		return Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL)
			.matcher(body)
			.results()
			.map(row -> Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL)
				.matcher(row.group(1))
				.results()
				.map(cell -> cell.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip())
				.collect(Collectors.joining(" | ")))
			.toList();
	}

}
