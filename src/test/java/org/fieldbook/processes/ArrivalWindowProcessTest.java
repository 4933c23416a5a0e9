package org.fieldbook.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fieldbook.booking.BookingMoves;
import org.fieldbook.booking.BookingReminders;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.CutOffPassedException;
import org.fieldbook.booking.PromisedWindow;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.booking.VisitAlreadyBookedException;
import org.fieldbook.scheduling.OfferedWindow;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.scheduling.SlotDay;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.Jobs;
import org.fieldbook.support.Mailbox;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A service type of arrival windows through booking.bpmn: the window is booked at a planned start, the customer is
 * promised the window in email, SMS and calendar; the company moves it inside the window silently, outside with notice.
 */
@FieldbookIntegrationTest
class ArrivalWindowProcessTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@RegisterExtension
	static final WireMockExtension twilio = TestPorts.httpPeer();

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Autowired
	BookingMoves moves;

	@Autowired
	BookingReminders reminders;

	@Autowired
	Clock clock;

	ServiceWorld world;

	@BeforeEach
	void world() {
		BpmnAwareTests.init(engine);
		world = worlds.create().communicationType("EMAIL").arrivalWindows("08:00-12:00, 12:00-16:00");
	}

	@Test
	void theSearchOffersTheWindowsOfTheServiceTypeEachWithItsPlannedStartInside() {
		SlotDay first = slots.search(ServiceWorld.query()).days().get(0);

		assertThat(first.slots()).as("no exact starts").isEmpty();
		assertThat(first.windows()).extracting(window -> window.start().toLocalTime() + "-" + window.end().toLocalTime())
			.containsExactly("08:00-12:00", "12:00-16:00");
		assertThat(first.windows()).allSatisfy(window -> {
			assertThat(window.planned().start()).isAfterOrEqualTo(window.start()).isBefore(window.end());
			assertThat(window.planned().technicians()).containsExactly(ServiceWorld.TECHNICIAN);
		});
	}

	@Test
	void bookingAWindowReservesItsPlannedStartAndPromisesTheWindowInEmailSmsAndCalendar() throws Exception {
		world.communicationType("BOTH").smsConsent();
		twilio.stubFor(WireMock.post(WireMock.urlPathMatching("/2010-04-01/Accounts/.*/Messages.json"))
			.willReturn(WireMock.aResponse().withStatus(201).withBody("{\"sid\":\"SM1\"}")));
		OfferedWindow morning = firstWindow();

		BookedVisit visit = bookings.book(world.booking(morning, null));
		Jobs.runDue(management);

		assertThat(visit.startsAt()).isEqualTo(morning.planned().start().toInstant());
		assertThat(visit.window()).isEqualTo(new PromisedWindow(morning.start().toInstant(), morning.end().toInstant()));
		Map<String, Object> row = jdbc.queryForMap("SELECT window_starts_at, window_ends_at FROM booking WHERE id = ?",
				visit.bookingId());
		assertThat(row.values()).extracting(value -> ((Timestamp) value).toInstant())
			.containsExactly(morning.start().toInstant(), morning.end().toInstant());
		String promised = DAY.format(morning.start()) + ", arrival between 08:00 and 12:00 CST";
		MimeMessage confirmation = onlyEmail();
		assertThat(confirmation.getSubject()).isEqualTo("Your visit is booked: " + promised);
		assertThat(Mailbox.part(confirmation, "text/plain")).contains(promised);
		assertThat(Mailbox.part(confirmation, "text/html")).contains(promised);
		VEvent event = calendar(confirmation);
		assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(morning.start().toInstant());
		assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(morning.end().toInstant());
		assertThat(event.getSummary().getValue()).contains("arrival between 08:00 and 12:00");
		assertThat(event.getDescription().getValue()).contains(promised, visit.reference());
		String sms = URLDecoder.decode(twilio.findAll(WireMock.postRequestedFor(WireMock.anyUrl())).get(0).getBodyAsString(),
				StandardCharsets.UTF_8);
		assertThat(sms).contains(DAY.format(morning.start()) + ", arriving 08:00-12:00 CST", visit.reference());
	}

	@Test
	void aWindowWhosePlannedStartWasTakenMeanwhileIsBookedAtTheBestStartStillFreeInside() {
		OfferedWindow morning = firstWindow();
		Instant taken = morning.planned().start().toInstant();
		long other = jdbc.queryForObject("""
				INSERT INTO booking (external_id, source, starts_at, ends_at, location_lat, location_lon, status)
				VALUES ('other-job', 'IMPORT', ?, ?, 41.88, -87.63, 'SCHEDULED') RETURNING id""", Long.class,
				Timestamp.from(taken), Timestamp.from(taken.plus(Duration.ofMinutes(90))));
		jdbc.update("INSERT INTO booking_assignment (booking_id, technician_id) SELECT ?, id FROM technician WHERE external_id = ?",
				other, ServiceWorld.TECHNICIAN);

		BookedVisit visit = bookings.book(world.booking(morning, "the offer of a moment ago"));

		assertThat(visit.startsAt()).as("after the other job, as the technician is free again")
			.isEqualTo(taken.plus(Duration.ofMinutes(90)))
			.isBefore(morning.end().toInstant());
		assertThat(visit.window()).isEqualTo(new PromisedWindow(morning.start().toInstant(), morning.end().toInstant()));
	}

	@Test
	void theSameWindowIsNotBookedTwiceForTheSameVisitAtTwoPlannedStarts() {
		OfferedWindow morning = firstWindow();
		BookedVisit first = bookings.book(world.booking(morning, null));

		assertThatThrownBy(() -> bookings.book(world.booking(morning, "pressed Book twice")))
			.isInstanceOf(VisitAlreadyBookedException.class)
			.hasMessageContaining(first.reference());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking", Integer.class)).isOne();
	}

	@Test
	void aReassignmentKeepsThePromiseAsItWasWindowOrExactTime() {
		worlds.addSecondTechnician();
		OfferedWindow morning = firstWindow();
		BookedVisit windowed = bookings.book(world.booking(morning, null));

		BookedVisit reassigned = bookings.reassignForCompany(windowed.reference(), ServiceWorld.TECHNICIAN,
				ServiceWorld.SECOND_TECHNICIAN, "dispatcher");

		assertThat(reassigned.window()).isEqualTo(windowed.window());
		world.arrivalWindows("");
		Slot exact = slots.search(ServiceWorld.query())
			.days()
			.get(1)
			.slots()
			.stream()
			.filter(slot -> slot.start().toLocalTime().equals(LocalTime.of(9, 0)))
			.findFirst()
			.orElseThrow();
		BookedVisit promisedExactly = bookings.book(world.booking(exact, null));
		world.arrivalWindows("08:00-12:00, 12:00-16:00");
		String crew = exact.technicians().get(0);

		BookedVisit stillExact = bookings.reassignForCompany(promisedExactly.reference(), crew,
				crew.equals(ServiceWorld.TECHNICIAN) ? ServiceWorld.SECOND_TECHNICIAN : ServiceWorld.TECHNICIAN, "dispatcher");

		assertThat(stillExact.window()).as("the exact time promised stays, though the type has windows now").isNull();
		assertThat(stillExact.startsAt()).isEqualTo(promisedExactly.startsAt());
	}

	@Test
	void aMoveInsideTheWindowIsNoNewTimeToRemindOfAndAMoveOutsideIs() {
		OfferedWindow morning = firstWindow();
		BookedVisit visit = bookings.book(world.booking(morning, null));
		assertThat(reminders.claim(visit.bookingId())).as("the reminder of the window").contains(visit.reference());
		Slot later = startOn(visit, morning.start().toLocalTime().plusHours(2));

		bookings.rescheduleForCompany(visit.reference(), later.start().toInstant(), later.technicians(), "dispatcher");

		assertThat(reminders.claim(visit.bookingId())).as("the same promise: reminded already").isEmpty();
		Slot afternoon = startOn(visit, LocalTime.of(13, 0));
		bookings.rescheduleForCompany(visit.reference(), afternoon.start().toInstant(), afternoon.technicians(), "dispatcher");
		assertThat(reminders.claim(visit.bookingId())).as("a new window: a reminder of it").contains(visit.reference());
	}

	@Test
	void aCompanyMoveInsideTheWindowTellsNobodyAndOneOutsideItIsARescheduleInTheWindowOfItsNewTime() throws Exception {
		OfferedWindow morning = firstWindow();
		BookedVisit visit = bookings.book(world.booking(morning, null));
		Jobs.runDue(management);
		assertThat(smtp.getReceivedMessages()).as("the confirmation").hasSize(1);
		Slot later = startOn(visit, morning.start().toLocalTime().plusHours(2));

		BookedVisit inside = bookings.rescheduleForCompany(visit.reference(), later.start().toInstant(), later.technicians(),
				"dispatcher");
		Jobs.runDue(management);

		assertThat(inside.startsAt()).isEqualTo(later.start().toInstant());
		assertThat(inside.window()).isEqualTo(visit.window());
		assertThat(smtp.getReceivedMessages()).as("no notice for a move inside the window").hasSize(1);
		ProcessInstance instance = runtime.createProcessInstanceQuery()
			.processDefinitionKey("booking")
			.processInstanceBusinessKey(visit.reference())
			.singleResult();
		assertThat(instance).hasNotPassed("Activity_SendRescheduled").isWaitingAt("Gateway_WaitForChange");
		assertThat(jdbc.queryForList("""
				SELECT n.body FROM work_order_note n JOIN booking b ON b.work_order_id = n.work_order_id WHERE b.id = ?""",
				String.class, visit.bookingId())).anySatisfy(note -> assertThat(note).contains("the customer was not told"));

		Slot afternoon = startOn(visit, LocalTime.of(13, 0));
		BookedVisit outside = bookings.rescheduleForCompany(visit.reference(), afternoon.start().toInstant(),
				afternoon.technicians(), "dispatcher");
		Jobs.runDue(management);

		ZonedDateTime noon = morning.start().with(LocalTime.NOON);
		assertThat(outside.window()).isEqualTo(new PromisedWindow(noon.toInstant(), noon.plusHours(4).toInstant()));
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		MimeMessage notice = smtp.getReceivedMessages()[1];
		assertThat(notice.getSubject())
			.isEqualTo("Your visit has a new time: " + DAY.format(noon) + ", arrival between 12:00 and 16:00 CST");
		assertThat(calendar(notice).getDateStart().getValue().toInstant()).isEqualTo(noon.toInstant());
		assertThat(instance).hasPassed("Activity_SendRescheduled");
	}

	@Test
	void theCustomersCutOffCountsFromTheStartOfTheWindowNotFromThePlannedStart() {
		OfferedWindow morning = firstWindow();
		BookedVisit visit = bookings.book(world.booking(morning, null));
		Slot later = startOn(visit, morning.start().toLocalTime().plusHours(2));
		bookings.rescheduleForCompany(visit.reference(), later.start().toInstant(), later.technicians(), "dispatcher");
		long hoursToWindow = Duration.between(clock.instant(), morning.start().toInstant()).toHours();
		world.setting("cancel_cutoff_hours", (int) hoursToWindow + 1);
		assertThat(Duration.between(clock.instant(), later.start().toInstant()).toHours())
			.as("the planned start lies beyond the cut-off").isGreaterThan(hoursToWindow + 1);

		assertThatThrownBy(() -> bookings.cancel(visit.reference())).isInstanceOf(CutOffPassedException.class);
		assertThat(jdbc.queryForObject("SELECT status FROM booking WHERE id = ?", String.class, visit.bookingId()))
			.isEqualTo("SCHEDULED");
	}

	/** The company's exact start on the visit's date at this local time, as the booking page offers it. */
	private Slot startOn(BookedVisit visit, LocalTime time) {
		return moves.times(visit.bookingId())
			.days()
			.stream()
			.flatMap(day -> day.slots().stream())
			.filter(slot -> slot.start().toLocalDate().equals(visit.startsAt().atZone(CHICAGO).toLocalDate())
					&& slot.start().toLocalTime().equals(time))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no start at " + time + " on the visit's date"));
	}

	private OfferedWindow firstWindow() {
		OfferedWindow window = slots.search(ServiceWorld.query()).days().get(0).windows().get(0);
		assertThat(window.start().toLocalTime()).hasToString("08:00");
		return window;
	}

	private MimeMessage onlyEmail() {
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		return smtp.getReceivedMessages()[0];
	}

	private static VEvent calendar(MimeMessage email) throws Exception {
		String ics = Mailbox.part(email, "text/calendar");
		assertThat(ics).as("the .ics attachment").isNotNull();
		List<VEvent> events = Biweekly.parse(ics).first().getEvents();
		assertThat(events).hasSize(1);
		return events.get(0);
	}

}
