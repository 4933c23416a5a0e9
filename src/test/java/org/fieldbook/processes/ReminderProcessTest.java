package org.fieldbook.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * reminder.bpmn: its daily timer job, run by hand (twice where it matters), against real bookings and real email,
 * at each of the fixed instants.
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
	JdbcTemplate jdbc;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Autowired
	Clock clock;

	ServiceWorld world;

	List<SlotDay> days;

	Date testStart;

	@BeforeEach
	void world() {
		world = worlds.create().communicationType("EMAIL").setting("reminder_window_days", 2);
		days = slots.search(ServiceWorld.query()).days();
		EngineHistory.forgetRuns(history, "reminder");
		testStart = Date.from(clock.instant());
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
		assertThat(history.createHistoricActivityInstanceQuery().activityId("EndEvent_NotDue").startedAfter(testStart).count())
			.as("the second run found them claimed").isEqualTo(2);

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
	void searchingTheBookingReferenceFindsTheBookingAndItsReminder() {
		BookedVisit visit = book(days.get(0).slots().get(0));
		Jobs.runDue(management);

		runReminderJob();
		Jobs.runDue(management);

		List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(visit.reference())
			.list();
		assertThat(found).extracting(HistoricProcessInstance::getProcessDefinitionKey).contains("booking", "notification");
		assertThat(found).filteredOn(instance -> "notification".equals(instance.getProcessDefinitionKey()))
			.extracting(instance -> calledBy(instance).getProcessDefinitionKey())
			.as("the confirmation, called by the booking, and the reminder, called by the reminder run")
			.containsExactlyInAnyOrder("booking", "reminder");
	}

	private HistoricProcessInstance calledBy(HistoricProcessInstance instance) {
		return history.createHistoricProcessInstanceQuery().processInstanceId(instance.getSuperProcessInstanceId()).singleResult();
	}

	private BookedVisit book(Slot slot) {
		return bookings.book(world.booking(slot, null));
	}

	/** What the job executor does at 10:00 UTC: executes the timer start job (and schedules the next one). */
	private void runReminderJob() {
		Job timer = management.createJobQuery().activityId("StartEvent_Daily").singleResult();
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
