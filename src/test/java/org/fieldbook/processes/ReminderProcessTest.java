package org.fieldbook.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.ReminderBatches;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.scheduling.SlotDay;
import org.fieldbook.support.AtFixedInstants;
import org.fieldbook.support.EngineHistory;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.Jobs;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * reminder.bpmn and its batches (reminder-batch.bpmn): the daily timer job, run by hand (twice where it matters),
 * against real bookings and real email, at each of the fixed instants, with batches of two bookings so that every
 * run takes several. The batches' failures and channels: {@link ReminderBatchTest}.
 */
@FieldbookIntegrationTest
class ReminderProcessTest {

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ReminderBatches batches;

	@Autowired
	RepositoryService repository;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Autowired
	Clock clock;

	ServiceWorld world;

	List<SlotDay> days;

	int configuredBatchSize;

	String modelBeforeBatches;

	@BeforeEach
	void world() {
		world = worlds.create().communicationType("EMAIL").setting("reminder_window_days", 2);
		days = slots.search(ServiceWorld.query()).days();
		EngineHistory.forgetRuns(history, "reminder");
		EngineHistory.forgetRuns(history, "reminderBatch");
		configuredBatchSize = batches.batchSize();
		batches.batchSize(2);
	}

	@AfterEach
	void configuredBatchSize() {
		batches.batchSize(configuredBatchSize);
	}

	@AfterEach
	void forgetTheModelBeforeBatches() {
		if (modelBeforeBatches != null) {
			repository.deleteDeployment(modelBeforeBatches, true);
		}
	}

	/**
	 * A run of reminder.bpmn as it was before batches, caught at an upgrade with its "Remind one booking"s waiting as
	 * its multi-instance sub-process: they finish on today's delegates, and today's run reminds nobody again. The old
	 * model is deployed under a key of its own, so that today's model stays the one the daily timer starts.
	 */
	@AtFixedInstants
	void aRunOfTheModelBeforeBatchesFinishesAfterTheUpgrade() throws IOException {
		BookedVisit visit = book(days.get(0).slots().get(0));
		Jobs.runDue(management);
		String oldModel;
		try (InputStream in = new ClassPathResource("processes-before-14/reminder.bpmn").getInputStream()) {
			oldModel = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("id=\"reminder\"", "id=\"reminderBefore14\"");
		}
		modelBeforeBatches = repository.createDeployment()
			.name("reminder before batches")
			.addString("reminder-before-14.bpmn", oldModel)
			.deploy()
			.getId();
		ProcessInstance inFlight = runtime.createProcessInstanceByKey("reminderBefore14")
			.startBeforeActivity("SubProcess_RemindOneBooking#multiInstanceBody")
			.setVariable("bookingIds", List.of(visit.bookingId()))
			.execute();

		runReminderJob();
		Jobs.runDue(management);

		assertThat(runtime.createProcessInstanceQuery().processInstanceId(inFlight.getId()).count()).as("ended").isZero();
		assertThat(reminders()).containsExactly(visit.bookingId() + " SENT");
		assertThat(reminderEmails()).as("the old run and today's claimed it once between them").isEqualTo(1);
	}

	@AtFixedInstants
	void moreDueBookingsThanOneBatchAreEachRemindedOnceAndTheRunKeepsOnlyWhereItIs() {
		world.setting("reminder_window_days", 7);
		List<BookedVisit> visits = List.of(bookFirstFree(), bookFirstFree(), bookFirstFree(), bookFirstFree(), bookFirstFree());
		Jobs.runDue(management);

		runReminderJob();
		ProcessInstance run = runtime.createProcessInstanceQuery().processDefinitionKey("reminder").singleResult();
		int batchesRun = 0;
		for (Job batch = nextBatch(run); batch != null; batch = nextBatch(run)) {
			management.executeJob(batch.getId());
			batchesRun++;
			if (runtime.createProcessInstanceQuery().processInstanceId(run.getId()).count() > 0) {
				assertThat(runtime.getVariables(run.getId()).keySet()).containsExactlyInAnyOrder("after", "more");
			}
		}
		assertThat(batchesRun).as("5 due bookings in batches of 2").isEqualTo(3);
		List<ProcessInstance> started = runtime.createProcessInstanceQuery().processDefinitionKey("reminderBatch").list();
		assertThat(started).as("one instance per batch").hasSize(3);
		assertThat(started).extracting(batch -> runtime.getVariable(batch.getId(), "upTo"))
			.containsExactlyInAnyOrder(visits.get(1).bookingId(), visits.get(3).bookingId(), visits.get(4).bookingId());
		assertThat(started).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder(
				batchKey(visits.get(0), visits.get(1)), batchKey(visits.get(2), visits.get(3)), batchKey(visits.get(4), visits.get(4)));
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(run.getId()).list())
			.as("the run's variables, ever: no list of bookings")
			.extracting(HistoricVariableInstance::getName)
			.containsExactlyInAnyOrder("after", "more");
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(run.getId()).variableName("after")
			.singleResult().getValue()).isEqualTo(visits.get(4).bookingId());

		Jobs.runDue(management);

		assertThat(reminders()).containsExactlyInAnyOrderElementsOf(
				visits.stream().map(visit -> visit.bookingId() + " SENT").toList());
		assertThat(reminderEmails()).isEqualTo(5);
		assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("reminder").finished().count()).isOne();
	}

	@AtFixedInstants
	void twoRunsAtOnceRemindEachBookingOnce() {
		world.setting("reminder_window_days", 7);
		Set<Long> booked = Set.of(bookFirstFree().bookingId(), bookFirstFree().bookingId(), bookFirstFree().bookingId());
		Jobs.runDue(management);

		runReminderJob();
		runReminderJob();
		Jobs.runDue(management);

		assertThat(reminders()).hasSize(3).containsExactlyInAnyOrderElementsOf(booked.stream().map(id -> id + " SENT").toList());
		assertThat(reminderEmails()).isEqualTo(3);
		assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("reminderBatch").finished().count())
			.as("both runs started batches").isGreaterThan(2);
	}

	@AtFixedInstants
	void theDailyJobRunTwiceRemindsEachBookingOnce() {
		BookedVisit first = book(days.get(0).slots().get(0));
		BookedVisit second = book(days.get(0).slots().get(4));
		Jobs.runDue(management);

		runReminderJob();
		runReminderJob();
		Jobs.runDue(management);

		assertThat(reminders()).containsExactlyInAnyOrder(first.bookingId() + " SENT", second.bookingId() + " SENT");
		assertThat(reminderEmails()).isEqualTo(2);
		assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("reminderBatch").finished().count())
			.as("a batch of each run").isEqualTo(2);
		assertThat(jdbc.queryForObject(
				"SELECT count(DISTINCT process_instance_id) FROM notification WHERE type = 'BOOKING_REMINDER'", Long.class))
			.as("the batch that claimed them first wrote both reminders, the other none").isOne();

		runReminderJob();
		Jobs.runDue(management);
		assertThat(reminderEmails()).isEqualTo(2);
	}

	@AtFixedInstants
	void onlyBookingsInsideTheWindowAndNotExcludedAreReminded() {
		BookedVisit soon = book(days.get(0).slots().get(0));
		book(days.get(4).slots().get(0));
		Jobs.runDue(management);

		runReminderJob();
		Jobs.runDue(management);

		assertThat(reminders()).containsExactly(soon.bookingId() + " SENT");

		jdbc.update("UPDATE booking SET reminded_for = NULL");
		jdbc.update("DELETE FROM notification WHERE type = 'BOOKING_REMINDER'");
		jdbc.update("INSERT INTO portal_settings_excluded_service_type (service_type_id) VALUES (?)", world.serviceTypeId);
		runReminderJob();
		Jobs.runDue(management);
		assertThat(reminders()).isEmpty();
	}

	@AtFixedInstants
	void aBookingMovedAfterItsReminderIsRemindedOnceForItsNewTime() {
		BookedVisit visit = book(days.get(0).slots().get(0));
		Jobs.runDue(management);
		runReminderJob();
		Jobs.runDue(management);
		assertThat(reminderEmails()).isEqualTo(1);

		Slot later = days.get(0).slots().get(4);
		// Inside the window is also inside the customer's cut-off on some days: the company moves it.
		bookings.rescheduleForCompany(visit.reference(), later.start().toInstant(), later.technicians(), "dispatcher");
		runReminderJob();
		runReminderJob();
		Jobs.runDue(management);

		assertThat(reminders()).containsExactly(visit.bookingId() + " SENT", visit.bookingId() + " SENT");
		assertThat(reminderEmails()).isEqualTo(2);
		assertThat(jdbc.queryForObject("SELECT reminded_for = starts_at FROM booking WHERE id = ?", Boolean.class, visit.bookingId()))
			.isTrue();
	}

	@AtFixedInstants
	void canceledAndCompletedBookingsGetNoReminder() {
		BookedVisit canceled = book(days.get(0).slots().get(0));
		BookedVisit completed = book(days.get(0).slots().get(4));
		Jobs.runDue(management);
		runReminderJob();

		bookings.cancelForCompany(canceled.reference(), "dispatcher");
		bookings.complete(completed.reference());
		Jobs.runDue(management);

		assertThat(reminders()).isEmpty();
		assertThat(reminderEmails()).isZero();
	}

	@AtFixedInstants
	void theReminderInTheMessageLogNamesItsBatchWhichIsNamedByItsDayAndBookings() {
		BookedVisit visit = book(days.get(0).slots().get(0));
		Jobs.runDue(management);

		runReminderJob();
		Jobs.runDue(management);

		String writtenBy = jdbc.queryForObject(
				"SELECT process_instance_id FROM notification WHERE type = 'BOOKING_REMINDER' AND booking_id = ?", String.class,
				visit.bookingId());
		HistoricProcessInstance batch = history.createHistoricProcessInstanceQuery().processInstanceId(writtenBy).singleResult();
		assertThat(batch.getProcessDefinitionKey()).isEqualTo("reminderBatch");
		assertThat(batch.getBusinessKey()).isEqualTo(batchKey(visit, visit));
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(visit.reference()).list())
			.extracting(HistoricProcessInstance::getProcessDefinitionKey)
			.as("the booking and its confirmation")
			.contains("booking", "notification");
	}

	/** "reminders 2026-11-03 #12-14": the day of the run on the engine's clock (UTC), the first and last booking id. */
	private String batchKey(BookedVisit first, BookedVisit last) {
		return "reminders " + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + " #" + first.bookingId() + "-"
				+ last.bookingId();
	}

	private BookedVisit book(Slot slot) {
		return bookings.book(world.booking(slot, null));
	}

	/** Books the first slot still free (each booking takes its slot out of the next search). */
	private BookedVisit bookFirstFree() {
		return book(slots.search(ServiceWorld.query()).days().get(0).slots().get(0));
	}

	private Job nextBatch(ProcessInstance run) {
		return management.createJobQuery().processInstanceId(run.getId()).activityId("Task_StartBatch").singleResult();
	}

	/** What the job executor does at 10:00 UTC: executes the timer start job (and schedules the next one). */
	private void runReminderJob() {
		Job timer = management.createJobQuery().processDefinitionKey("reminder").activityId("StartEvent_Daily").singleResult();
		assertThat(timer.getDuedate()).as("the next run of the daily cron").isNotNull();
		management.executeJob(timer.getId());
	}

	private List<String> reminders() {
		return jdbc.queryForList("SELECT booking_id || ' ' || state FROM notification WHERE type = 'BOOKING_REMINDER' ORDER BY id",
				String.class);
	}

	private long reminderEmails() {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getSubject().startsWith("Reminder:");
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).count();
	}

}
