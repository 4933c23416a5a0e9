package org.fieldbook.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.booking.SlotUnavailableException;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.support.AtFixedInstants;
import org.fieldbook.support.AtOnce;
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
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** booking.bpmn and completion.bpmn end to end: reserve, confirm, reschedule, cancel, complete, with real email. */
@FieldbookIntegrationTest
class BookingProcessTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

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
	HistoryService history;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	TransactionTemplate transactions;

	ServiceWorld world;

	/** The booking's instance in a test that races a change with its job. */
	ProcessInstance raced;

	@BeforeEach
	void world() {
		BpmnAwareTests.init(engine);
		world = worlds.create().communicationType("EMAIL");
	}

	@Test
	void bookingReservesInTheCallersTransactionAndConfirmsAfterTheAsyncBoundary() throws Exception {
		BookedVisit visit = book(firstSlot(), "The boiler bangs when it starts");

		assertThat(visit.reference()).matches("FB-[2-9A-HJKMNP-TV-Z]{5}");
		ProcessInstance instance = instance(visit.reference());
		assertThat(instance).hasPassed("Task_ReserveSlot")
			.isWaitingAt("Activity_SendConfirmation", "Gateway_WaitForChange");
		assertThat(smtp.getReceivedMessages()).as("no email in the customer's transaction").isEmpty();
		Map<String, Object> workOrder = jdbc.queryForMap("""
				SELECT w.reported_by_contact_id, w.status, n.body, n.author, b.source, b.status AS booking_status
				  FROM booking b JOIN work_order w ON w.id = b.work_order_id JOIN work_order_note n ON n.work_order_id = w.id
				 WHERE b.reference = ?""", visit.reference());
		assertThat(workOrder).containsEntry("reported_by_contact_id", world.contactId)
			.containsEntry("status", "SCHEDULED")
			.containsEntry("body", "The boiler bangs when it starts")
			.containsEntry("author", "Sam Lee")
			.containsEntry("source", "PORTAL")
			.containsEntry("booking_status", "SCHEDULED");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking_assignment WHERE booking_id = ? AND active", Integer.class,
				visit.bookingId())).isEqualTo(1);

		Jobs.runDue(management);

		MimeMessage confirmation = onlyEmail();
		assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo(ServiceWorld.CONTACT_EMAIL);
		assertThat(confirmation.getSubject()).startsWith("Your visit is booked: ").endsWith("CST");
		assertThat(Mailbox.part(confirmation, "text/plain")).contains(visit.reference(), "Hello Sam,", "/b/");
		assertThat(Mailbox.part(confirmation, "text/html")).contains(visit.reference(), "lang=\"en\"");
		VEvent event = calendar(confirmation);
		assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(visit.startsAt());
		assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(visit.endsAt());
		assertThat(instance).isWaitingAt("Gateway_WaitForChange");
	}

	@Test
	void aConfirmationWaitingForItsTurnWhenTheBookingIsCanceledIsNotSent() throws Exception {
		BookedVisit visit = book(firstSlot(), null);
		ProcessInstance instance = instance(visit.reference());
		management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).singleResult().getId());

		bookings.cancel(visit.reference());
		Jobs.runDue(management);

		assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).singleElement().asString()
			.startsWith("Your visit is canceled: ");
		assertThat(jdbc.queryForMap("SELECT state, provider_message FROM notification WHERE type = 'BOOKING_CONFIRMED'"))
			.containsEntry("state", "SKIPPED").containsEntry("provider_message", "not sent — the booking is canceled now");
	}

	/**
	 * The race of issue 12: the customer cancels while a job of the same instance runs. Here the confirmation job, which
	 * ends its branch at once (confirmations are off), has changed the instance's executions and waits to commit; the
	 * cancel's correlation then waits for those rows, and finds them changed when the job commits. The cancel is run
	 * again on the committed instance, so it succeeds, and the process still ends with the cancellation notice.
	 */
	@Test
	void aCancelWhileAJobOfTheSameInstanceCommitsIsRunAgainAndTheProcessEndsWithTheNotice() throws Exception {
		BookedVisit visit = bookWithConfirmationsOff();

		whileTheConfirmationJobCommits(() -> bookings.cancel(visit.reference()));
		Jobs.runDue(management);

		assertThat(jdbc.queryForObject("SELECT status FROM booking WHERE id = ?", String.class, visit.bookingId())).isEqualTo("CANCELED");
		assertThat(raced).hasPassed("EndEvent_ConfirmationHandled", "Event_Canceled", "EndEvent_BookingCanceled").isEnded();
		assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).singleElement().asString()
			.startsWith("Your visit is canceled: ");
	}

	@Test
	void aMoveWhileAJobOfTheSameInstanceCommitsIsRunAgainAndTheNoticeSent() throws Exception {
		BookedVisit visit = bookWithConfirmationsOff();
		Slot later = slots.search(ServiceWorld.query()).days().get(5).slots().get(0);

		whileTheConfirmationJobCommits(() -> bookings.reschedule(visit.reference(), later.start().toInstant(), later.technicians()));
		Jobs.runDue(management);

		assertThat(jdbc.queryForObject("SELECT starts_at FROM booking WHERE id = ?", Timestamp.class, visit.bookingId())
			.toInstant()).isEqualTo(later.start().toInstant());
		assertThat(raced).hasPassed("EndEvent_ConfirmationHandled", "Activity_SendRescheduled").isWaitingAt("Gateway_WaitForChange");
		assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).singleElement().asString()
			.startsWith("Your visit has a new time: ");
	}

	@Test
	void aCompletionWhileAJobOfTheSameInstanceCommitsIsRunAgainAndEndsTheBookingsProcess() throws Exception {
		BookedVisit visit = bookWithConfirmationsOff();

		whileTheConfirmationJobCommits(() -> bookings.complete(visit.reference()));
		Jobs.runDue(management);

		assertThat(jdbc.queryForObject("SELECT status FROM booking WHERE id = ?", String.class, visit.bookingId())).isEqualTo("COMPLETED");
		assertThat(raced).hasPassed("EndEvent_ConfirmationHandled", "EndEvent_BookingCompleted").isEnded();
		assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("completion")
			.processInstanceBusinessKey(visit.reference()).count()).as("the first try left nothing").isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("Your visit is complete");
	}

	@Test
	void aSlotTakenMeanwhileRollsEverythingBackAndSaysSo() {
		Slot slot = firstSlot();
		BookedVisit first = book(slot, null);

		assertThatThrownBy(() -> book(slot, "me too")).isInstanceOf(SlotUnavailableException.class);

		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking", Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM work_order", Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM work_order_note", Integer.class)).isZero();
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("booking").list())
			.extracting(ProcessInstance::getBusinessKey)
			.containsExactly(first.reference());
	}

	@Test
	void twoCustomersBookingTheSameSlotAtOnceGetOneBookingAndOneTypedRefusal() throws Exception {
		Slot slot = firstSlot();

		List<Throwable> failures = AtOnce.failures(List.of(() -> book(slot, null), () -> book(slot, null)));

		assertThat(failures).filteredOn(Objects::isNull).as("booked").hasSize(1);
		assertThat(failures).filteredOn(Objects::nonNull).singleElement().isInstanceOf(SlotUnavailableException.class);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking", Integer.class)).isEqualTo(1);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("booking").count()).isEqualTo(1);
	}

	@Test
	void rescheduleNotifiesAndWaitsAgainCancelNotifiesAndEnds() throws Exception {
		BookedVisit visit = book(firstSlot(), null);
		Jobs.runDue(management);
		Slot later = slots.search(ServiceWorld.query()).days().get(2).slots().get(0);

		BookedVisit moved = bookings.reschedule(visit.reference(), later.start().toInstant(), later.technicians());
		Jobs.runDue(management);

		assertThat(moved.startsAt()).isEqualTo(later.start().toInstant());
		ProcessInstance instance = instance(visit.reference());
		assertThat(instance).hasPassed("Event_Rescheduled", "Activity_SendRescheduled").isWaitingAt("Gateway_WaitForChange");
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		MimeMessage notice = smtp.getReceivedMessages()[1];
		assertThat(notice.getSubject()).startsWith("Your visit has a new time: ");
		assertThat(calendar(notice).getDateStart().getValue().toInstant()).isEqualTo(later.start().toInstant());

		bookings.cancel(visit.reference());
		Jobs.runDue(management);

		assertThat(instance).hasPassed("Event_Canceled", "Activity_SendCancellation", "EndEvent_BookingCanceled").isEnded();
		assertThat(smtp.getReceivedMessages()).hasSize(3);
		assertThat(smtp.getReceivedMessages()[2].getSubject()).startsWith("Your visit is canceled: ");
		assertThat(Mailbox.part(smtp.getReceivedMessages()[2], "text/calendar")).contains("METHOD:CANCEL", "STATUS:CANCELLED");
		assertThat(jdbc.queryForObject("SELECT active FROM booking_assignment WHERE booking_id = ?", Boolean.class,
				visit.bookingId())).as("the ledger frees the technician").isFalse();
	}

	@Test
	void completionThroughTheApiClosesBookingAndWorkOrderAndSendsTheNotice() throws Exception {
		BookedVisit visit = book(firstSlot(), null);
		Jobs.runDue(management);
		ProcessInstance booking = instance(visit.reference());

		mvc.perform(post("/api/v1/bookings/{reference}/complete", visit.reference())
			.with(SecurityMockMvcRequestPostProcessors.httpBasic("admin", "admin"))).andExpect(status().isAccepted());
		Jobs.runDue(management);

		assertThat(jdbc.queryForObject("SELECT status FROM booking WHERE id = ?", String.class, visit.bookingId())).isEqualTo("COMPLETED");
		assertThat(jdbc.queryForObject("SELECT w.status FROM work_order w JOIN booking b ON b.work_order_id = w.id WHERE b.id = ?",
				String.class, visit.bookingId())).isEqualTo("COMPLETED");
		assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("completion")
			.processInstanceBusinessKey(visit.reference()).finished().count()).isEqualTo(1);
		assertThat(booking).hasPassed("Event_Completed", "EndEvent_BookingCompleted").isEnded();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(visit.reference()).count()).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(smtp.getReceivedMessages()[1].getSubject()).isEqualTo("Your visit is complete");

		mvc.perform(post("/api/v1/bookings/{reference}/complete", visit.reference())
			.with(SecurityMockMvcRequestPostProcessors.httpBasic("admin", "admin"))).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/bookings/{reference}/complete", "FB-NONE0")
			.with(SecurityMockMvcRequestPostProcessors.httpBasic("admin", "admin"))).andExpect(status().isNotFound());
	}

	@AtFixedInstants
	void aVisitAcrossTheNextClockChangeShowsItsOwnZoneAbbreviationInEmailSmsAndTheRightInstantInTheCalendar() throws Exception {
		ZoneOffsetTransition change = CHICAGO.getRules().nextTransition(clock.instant());
		LocalDate afterChange = change.getDateTimeAfter().toLocalDate().plusDays(7);
		boolean daylightThen = CHICAGO.getRules().isDaylightSavings(afterChange.atTime(8, 0).atZone(CHICAGO).toInstant());
		assertThat(daylightThen).as("the visit is on the other side of the change").isNotEqualTo(
				CHICAGO.getRules().isDaylightSavings(clock.instant()));
		String zone = daylightThen ? "CDT" : "CST";
		world.setting("max_lead_days", (int) ChronoUnit.DAYS.between(LocalDate.ofInstant(clock.instant(), CHICAGO), afterChange) + 1)
			.communicationType("BOTH")
			.smsConsent();
		twilio.stubFor(WireMock.post(WireMock.urlPathMatching("/2010-04-01/Accounts/.*/Messages.json"))
			.willReturn(WireMock.aResponse().withStatus(201).withBody("{\"sid\":\"SM1\"}")));
		Slot slot = slots.search(ServiceWorld.query())
			.days()
			.stream()
			.filter(day -> day.date().equals(afterChange))
			.findFirst()
			.orElseThrow()
			.slots()
			.get(2);
		assertThat(slot.start().toLocalTime()).hasToString("08:00");

		BookedVisit visit = book(slot, null);
		Jobs.runDue(management);

		MimeMessage confirmation = onlyEmail();
		String day = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).format(afterChange);
		Instant eightLocal = afterChange.atTime(8, 0).atZone(CHICAGO).toInstant();
		assertThat(confirmation.getSubject()).isEqualTo("Your visit is booked: " + day + ", 08:00–09:30 " + zone);
		assertThat(Mailbox.part(confirmation, "text/plain")).contains("08:00–09:30 " + zone);
		assertThat(calendar(confirmation).getDateStart().getValue().toInstant()).isEqualTo(eightLocal);
		assertThat(Mailbox.part(confirmation, "text/calendar"))
			.contains("DTSTART:" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(eightLocal));
		String sms = URLDecoder.decode(twilio.findAll(WireMock.postRequestedFor(WireMock.anyUrl())).get(0).getBodyAsString(),
				StandardCharsets.UTF_8);
		assertThat(sms).contains(day + ", 08:00-09:30 " + zone, visit.reference());
	}

	/** A visit beyond the cut-off, with confirmations off: the confirmation job then ends its branch in one go. */
	private BookedVisit bookWithConfirmationsOff() {
		world.setting("message_booking_confirmed", false);
		BookedVisit visit = book(slots.search(ServiceWorld.query()).days().get(3).slots().get(0), null);
		raced = instance(visit.reference());
		return visit;
	}

	/**
	 * Runs the change while the confirmation job has run in another transaction that has not committed yet: the change
	 * waits for the rows the job changed, then the job commits.
	 */
	private void whileTheConfirmationJobCommits(Runnable change) throws Exception {
		String confirmation = management.createJobQuery().processInstanceId(raced.getId()).singleResult().getId();
		ExecutorService threads = Executors.newFixedThreadPool(2);
		CountDownLatch executed = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		try {
			Future<?> job = threads.submit(() -> transactions.executeWithoutResult(status -> {
				management.executeJob(confirmation);
				executed.countDown();
				awaitQuietly(commit);
			}));
			assertThat(executed.await(30, TimeUnit.SECONDS)).as("the job ran, uncommitted").isTrue();
			Future<?> changed = threads.submit(change);
			awaitASessionWaitingForALock();
			commit.countDown();
			job.get(30, TimeUnit.SECONDS);
			changed.get(30, TimeUnit.SECONDS);
		}
		finally {
			commit.countDown();
			threads.shutdown();
		}
	}

	/** Until PostgreSQL shows a session of this database waiting for a lock another transaction holds. */
	private void awaitASessionWaitingForALock() throws InterruptedException {
		for (int tries = 0; tries < 300; tries++) {
			if (jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
					Integer.class) > 0) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("no session waits for a lock");
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Slot firstSlot() {
		return slots.search(ServiceWorld.query()).days().get(0).slots().get(0);
	}

	private BookedVisit book(Slot slot, String details) {
		return bookings.book(world.booking(slot, details));
	}

	private ProcessInstance instance(String reference) {
		return runtime.createProcessInstanceQuery().processDefinitionKey("booking").processInstanceBusinessKey(reference).singleResult();
	}

	private MimeMessage onlyEmail() {
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		return smtp.getReceivedMessages()[0];
	}

	private static VEvent calendar(MimeMessage email) throws Exception {
		String ics = Mailbox.part(email, "text/calendar");
		assertThat(ics).as("the .ics attachment").isNotNull();
		List<ICalendar> calendars = Biweekly.parse(ics).all();
		assertThat(calendars).hasSize(1);
		return calendars.get(0).getEvents().get(0);
	}

}
