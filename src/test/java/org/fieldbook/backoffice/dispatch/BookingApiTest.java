package org.fieldbook.backoffice.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import org.fieldbook.backoffice.audit.AuditFilter;
import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.booking.BookingMoves;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.DispatchBookings;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The bookings API: search, one booking, and the changes, with problem details for what is refused. */
@FieldbookIntegrationTest
class BookingApiTest {

	private static final RequestPostProcessor DISPATCHER = user("dora").roles("STAFF", "DISPATCHER");

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	BookingService bookings;

	@Autowired
	BookingMoves moves;

	@Autowired
	DispatchBookings dispatch;

	@Autowired
	AuditTrail audit;

	@Autowired
	StatementCounter counter;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	DispatchWorld world;

	BookedVisit visit;

	@BeforeEach
	void aBookedVisit() {
		world = new DispatchWorld(worlds.create(), bookings, jdbc);
		visit = world.book(LocalDateTime.parse("2026-12-02T09:00"), ServiceWorld.TECHNICIAN, "Side door");
	}

	@Test
	void searchFiltersByTerritoryTechnicianTimeStatusReferenceAndAccount() throws Exception {
		world.book(LocalDateTime.parse("2026-12-05T09:00"), ServiceWorld.TECHNICIAN, null);
		mvc.perform(get("/api/v1/bookings").param("territory", "chicago").param("technician", ServiceWorld.TECHNICIAN)
			.param("account", ServiceWorld.ACCOUNT).param("status", "SCHEDULED")
			.param("from", "2026-12-02T00:00:00Z").param("to", "2026-12-03T00:00:00Z").with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].reference").value(visit.reference()))
			.andExpect(jsonPath("$.items[0].technicians[0]").value(ServiceWorld.TECHNICIAN))
			.andExpect(jsonPath("$.items[0].accountName").value("Lee household"))
			.andExpect(jsonPath("$.items[0].serviceType").value("Boiler service"));
		mvc.perform(get("/api/v1/bookings").param("reference", visit.reference()).with(DISPATCHER))
			.andExpect(jsonPath("$.items", hasSize(1)));
		mvc.perform(get("/api/v1/bookings").param("status", "CANCELED").with(DISPATCHER)).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/bookings").with(DISPATCHER)).andExpect(jsonPath("$.total").value(2));

		mvc.perform(get("/api/v1/bookings").param("status", "LOST").with(DISPATCHER))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/bookings").param("from", "yesterday").with(DISPATCHER)).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/bookings").param("territory", "atlantis").with(DISPATCHER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("territory: no such territory"));
	}

	@Test
	void oneBookingHasItsTimelineAndMessages() throws Exception {
		mvc.perform(get("/api/v1/bookings/{reference}", visit.reference()).with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SCHEDULED"))
			.andExpect(jsonPath("$.reportedBy").value("Sam Lee"))
			.andExpect(jsonPath("$.timeline[0].body").value("Side door"))
			.andExpect(jsonPath("$.technicians[0]").value(ServiceWorld.TECHNICIAN));
		mvc.perform(get("/api/v1/bookings/{reference}", "FB-NONE0").with(DISPATCHER))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void rescheduleWithoutTechniciansTakesThoseOfferedAtThatTime() throws Exception {
		Slot offered = moves.times(visit.bookingId()).days().get(2).slots().get(3);
		mvc.perform(json(post("/api/v1/bookings/{reference}/reschedule", visit.reference()),
				"{\"startsAt\":\"" + offered.start().toInstant() + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.startsAt").value(offered.start().toInstant().toString()));
		assertThat(dispatch.detail(visit.reference()).startsAt()).isEqualTo(offered.start().toInstant());
		assertThat(audit.find(new AuditFilter(null, "booking.rescheduled", visit.reference(), null, null, null), 1).total())
			.isEqualTo(1);

		mvc.perform(json(post("/api/v1/bookings/{reference}/reschedule", visit.reference()), "{\"startsAt\":\"2026-12-02T03:17:00Z\"}"))
			.andExpect(status().isConflict());
		mvc.perform(json(post("/api/v1/bookings/{reference}/reschedule", visit.reference()), "{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0]").value("startsAt: must not be null"));
		mvc.perform(json(post("/api/v1/bookings/{reference}/reschedule", visit.reference()), "{\"startsAt\":"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void cancelNeedsAReasonReassignRefusesABusyTechnicianAndCompleteWorksOnce() throws Exception {
		mvc.perform(json(post("/api/v1/bookings/{reference}/cancel", visit.reference()), "{\"reason\":\"\"}"))
			.andExpect(status().isBadRequest());
		worlds.addSecondTechnician();
		world.importedBookings(1, LocalDateTime.parse("2026-12-02T09:30"), ServiceWorld.SECOND_TECHNICIAN, null, "busy-");
		mvc.perform(json(post("/api/v1/bookings/{reference}/reassign", visit.reference()),
				"{\"technician\":\"" + ServiceWorld.SECOND_TECHNICIAN + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("no longer available")));

		mvc.perform(post("/api/v1/bookings/{reference}/complete", visit.reference()).with(httpBasic("admin", "admin")))
			.andExpect(status().isAccepted());
		mvc.perform(post("/api/v1/bookings/{reference}/complete", visit.reference()).with(httpBasic("admin", "admin")))
			.andExpect(status().isConflict());
		mvc.perform(json(post("/api/v1/bookings/{reference}/cancel", "FB-NONE0"), "{\"reason\":\"gone\"}"))
			.andExpect(status().isNotFound());
		assertThat(audit.find(new AuditFilter("admin", "booking.completed", visit.reference(), null, null, null), 1).total())
			.isEqualTo(1);
	}

	@Test
	void customersAndStrangersAreKeptOut() throws Exception {
		mvc.perform(get("/api/v1/bookings").with(user(ServiceWorld.CONTACT_EMAIL).roles("CUSTOMER"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/bookings")).andExpect(status().isUnauthorized());
	}

	@Test
	void aSearchPageCostsAsManyStatementsWithThirtyBookingsAsWithThree() throws Exception {
		worlds.addSecondTechnician();
		long workOrder = world.workOrderOf(visit.bookingId());
		world.importedBookings(2, LocalDateTime.parse("2026-12-03T07:00"), ServiceWorld.TECHNICIAN, workOrder, "few-");
		search();

		int few = statementsOfSearch();
		world.importedBookings(27, LocalDateTime.parse("2026-12-03T08:00"), ServiceWorld.SECOND_TECHNICIAN, workOrder, "many-");
		int many = statementsOfSearch();

		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking", Long.class)).isEqualTo(30);
		assertThat(many).as("statements for 30 bookings").isEqualTo(few).isLessThan(12);
	}

	private void search() throws Exception {
		mvc.perform(get("/api/v1/bookings").param("territory", "chicago").with(DISPATCHER)).andExpect(status().isOk());
	}

	private int statementsOfSearch() throws Exception {
		try (StatementCounter.Counting counting = counter.start()) {
			search();
			return counting.statements();
		}
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(DISPATCHER);
	}

}
