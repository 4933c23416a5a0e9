package org.fieldbook.backoffice.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.masterdata.MasterDataImporter;
import org.fieldbook.scheduling.GeoPoint;
import org.fieldbook.scheduling.HaversineTravelTime;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.FixedInstants;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.StatementCounter;
import org.fieldbook.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The day board of a territory and a technician's week: lanes, bookings, travel, hours and time off, on the territory's clock. */
@FieldbookIntegrationTest
class DispatchBoardTest {

	private static final RequestPostProcessor DISPATCHER = user("dora").roles("STAFF", "DISPATCHER");

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	MasterDataImporter importer;

	@Autowired
	BookingService bookings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	StatementCounter counter;

	@Test
	void theBoardShowsALanePerTechnicianWithBookingsTravelWorkingHoursAndTimeOff() throws Exception {
		DispatchWorld world = new DispatchWorld(worlds.create(), bookings, jdbc);
		DispatchWorld.benOffDuty(importer, LocalDateTime.parse("2026-12-02T12:00"), LocalDateTime.parse("2026-12-02T14:00"));
		BookedVisit first = world.book(LocalDateTime.parse("2026-12-02T07:00"), ServiceWorld.TECHNICIAN, null);
		BookedVisit second = world.book(LocalDateTime.parse("2026-12-02T10:00"), ServiceWorld.TECHNICIAN, null);
		// Ana's home (41.90, -87.65) to the Lee household (41.88, -87.63): 2.77 km × 1.3 at 50 km/h = 4.3, so 5 minutes.
		int fromHome = new HaversineTravelTime(1.3, 50).minutes(new GeoPoint(41.90, -87.65), new GeoPoint(41.88, -87.63));
		assertThat(fromHome).isEqualTo(5);

		mvc.perform(get("/admin/dispatch").param("territory", "chicago").param("date", "2026-12-02").with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ana Ruiz")))
			.andExpect(content().string(containsString("Ben Okafor")))
			.andExpect(content().string(containsString(
					"07:00–08:30 Boiler service, Lee household, travel from home 5 min (" + first.reference() + ")")))
			.andExpect(content().string(containsString(
					"10:00–11:30 Boiler service, Lee household, travel 0 min (" + second.reference() + ")")))
			// A 24-hour day has 288 columns of five minutes: 07:00–08:30 is lines 85 to 103, the drive before it 84 to 85.
			.andExpect(content().string(containsString("lane day-288")))
			.andExpect(content().string(containsString("block status-SCHEDULED gs-85 ge-103")))
			.andExpect(content().string(containsString("travel gs-84 ge-85")))
			.andExpect(content().string(containsString("Working 07:00–18:00")))
			.andExpect(content().string(containsString("Time off 12:00–14:00")))
			.andExpect(content().string(containsString("/admin/bookings/" + first.reference())))
			.andExpect(content().string(containsString("date=2026-12-01")))
			.andExpect(content().string(containsString("date=2026-12-03")));
	}

	@Test
	void onTheDayOfTheSpringChangeTheBoardHasTwentyThreeHours() throws Exception {
		clock.set(FixedInstants.BEFORE_US_SPRING_CHANGE);
		DispatchWorld world = new DispatchWorld(worlds.create(), bookings, jdbc);
		world.book(LocalDateTime.parse("2027-03-14T07:00"), ServiceWorld.TECHNICIAN, null);

		// A 23-hour day has 276 columns; midnight CST to 07:00 CDT is six hours, so 07:00–08:30 is lines 73 to 91 and
		// working 07:00–18:00 (eleven hours) lines 73 to 205.
		mvc.perform(get("/admin/dispatch").param("territory", "chicago").param("date", "2027-03-14").with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("07:00–08:30 Boiler service")))
			.andExpect(content().string(containsString("lane day-276")))
			.andExpect(content().string(containsString("block status-SCHEDULED gs-73 ge-91")))
			.andExpect(content().string(containsString("shade working gs-73 ge-205")))
			.andExpect(content().string(containsString("Working 07:00–18:00")));
	}

	@Test
	void withoutADateTheBoardShowsTodayOnTheTerritorysClock() throws Exception {
		clock.set(FixedInstants.SUNDAY_NIGHT_CHICAGO);
		worlds.create();

		mvc.perform(get("/admin/dispatch").with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("date=2026-12-05")))
			.andExpect(content().string(containsString("date=2026-12-07")))
			.andExpect(content().string(containsString("America/Chicago")));
	}

	@Test
	void aTechniciansWeekShowsEachDayOnItsClock() throws Exception {
		DispatchWorld world = new DispatchWorld(worlds.create(), bookings, jdbc);
		BookedVisit visit = world.book(LocalDateTime.parse("2026-12-03T09:00"), ServiceWorld.TECHNICIAN, null);

		mvc.perform(get("/admin/dispatch/technicians/{id}", ServiceWorld.TECHNICIAN).param("week", "2026-12-02").with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ana Ruiz: week of 2026-11-30")))
			.andExpect(content().string(containsString("09:00–10:30 Boiler service, Lee household, travel from home 5 min ("
					+ visit.reference() + ")")))
			.andExpect(content().string(containsString("week=2026-11-23")))
			.andExpect(content().string(containsString("week=2026-12-07")));
		mvc.perform(get("/admin/dispatch/technicians/{id}", "tech-nobody").with(DISPATCHER)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/dispatch").param("territory", "atlantis").with(DISPATCHER)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/dispatch").param("date", "yesterday").with(DISPATCHER)).andExpect(status().isBadRequest());
	}

	@Test
	void theBoardCostsAsManyStatementsWithThirtyBookingsAsWithThree() throws Exception {
		DispatchWorld world = new DispatchWorld(worlds.create(), bookings, jdbc);
		worlds.addSecondTechnician();
		long workOrder = world.workOrderOf(world.book(LocalDateTime.parse("2026-12-04T07:00"), ServiceWorld.TECHNICIAN, null).bookingId());
		world.importedBookings(3, LocalDateTime.parse("2026-12-03T07:00"), ServiceWorld.TECHNICIAN, workOrder, "few-");
		LocalDate day = LocalDate.parse("2026-12-03");
		board(day);

		int few = statementsOf(day);
		world.importedBookings(27, LocalDateTime.parse("2026-12-03T08:00"), ServiceWorld.SECOND_TECHNICIAN, workOrder, "many-");
		int many = statementsOf(day);

		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking WHERE external_id IS NOT NULL", Long.class)).isEqualTo(30);
		assertThat(many).as("statements with 30 bookings").isEqualTo(few).isLessThan(15);
	}

	@Test
	void dispatchersAndAdminsOpenTheBoardOtherStaffAndCustomersDoNot() throws Exception {
		worlds.create();
		mvc.perform(get("/admin/dispatch").with(DISPATCHER)).andExpect(status().isOk());
		mvc.perform(get("/admin/dispatch").with(user("ada").roles("STAFF", "ADMIN"))).andExpect(status().isOk());
		mvc.perform(get("/admin/dispatch").with(user("stan").roles("STAFF"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/dispatch").with(user(ServiceWorld.CONTACT_EMAIL).roles("CUSTOMER"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/dispatch")).andExpect(redirectedUrl("/admin/login"));
		mvc.perform(get("/admin/dispatch/technicians/{id}", ServiceWorld.TECHNICIAN).with(user("stan").roles("STAFF")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Ana Ruiz"))));
	}

	private void board(LocalDate day) throws Exception {
		mvc.perform(get("/admin/dispatch").param("territory", "chicago").param("date", day.toString()).with(DISPATCHER))
			.andExpect(status().isOk());
	}

	private int statementsOf(LocalDate day) throws Exception {
		try (StatementCounter.Counting counting = counter.start()) {
			board(day);
			return counting.statements();
		}
	}

}
