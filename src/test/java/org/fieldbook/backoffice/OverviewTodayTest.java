package org.fieldbook.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.fieldbook.booking.BookingActivity.Counts;
import org.fieldbook.booking.BookingProcess;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.notification.Notification;
import org.fieldbook.notification.NotificationLog;
import org.fieldbook.notification.NotificationType;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.Jobs;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestClock;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The overview's figures of the day move by exactly one for each booking booked, moved, canceled and completed, each
 * message failed, each open incident and each waiting task; the next day on the company clock starts again at zero.
 */
@FieldbookIntegrationTest
class OverviewTodayTest {

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@Autowired
	BackOfficeOverview overview;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Autowired
	NotificationLog messages;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	ServiceWorld world;

	List<Slot> offered;

	@BeforeEach
	void world() {
		world = worlds.create();
		// A week after the wall clock's day, so that a time the database took itself would not count as today.
		clock.set(TestClock.DEFAULT.plus(Duration.ofDays(7)));
		offered = slots.search(ServiceWorld.query()).days().get(3).slots();
	}

	@Test
	void eachBookingChangeOfTheDayCountsOnce() {
		assertThat(overview.today().bookings()).isEqualTo(new Counts(0, 0, 0, 0));

		BookedVisit moved = bookings.book(world.booking(offered.get(0), null));
		assertThat(overview.today().bookings()).isEqualTo(new Counts(1, 0, 0, 0));
		bookings.reschedule(moved.reference(), offered.get(4).start().toInstant(), offered.get(4).technicians());
		bookings.reschedule(moved.reference(), offered.get(8).start().toInstant(), offered.get(8).technicians());
		assertThat(overview.today().bookings()).as("a booking moved twice is one moved booking")
			.isEqualTo(new Counts(1, 1, 0, 0));
		bookings.cancel(moved.reference());
		assertThat(overview.today().bookings()).isEqualTo(new Counts(1, 1, 1, 0));

		BookedVisit completed = bookings.book(world.booking(offered.get(0), null));
		assertThat(overview.today().bookings()).isEqualTo(new Counts(2, 1, 1, 0));
		bookings.complete(completed.reference());
		Jobs.runDue(management);
		assertThat(overview.today().bookings()).isEqualTo(new Counts(2, 1, 1, 1));

		clock.advance(Duration.ofHours(12));
		assertThat(overview.today().bookings()).as("midnight on the company clock").isEqualTo(new Counts(0, 0, 0, 0));
	}

	@Test
	void failedMessagesIncidentsAndTasksCountOnceEach() throws Exception {
		BackOfficeOverview.Today before = overview.today();
		Notification message = messages.record(Notification.email("test:" + UUID.randomUUID() + ":EMAIL",
				NotificationType.INVITATION, null, null, "noa@example.org", "Subject", "Body", null, clock.instant()));
		messages.failed(message.getId(), "550", "mailbox unavailable");
		assertThat(overview.today().failedMessages()).isEqualTo(before.failedMessages() + 1);

		BookedVisit visit = bookings.book(world.booking(offered.get(0), null));
		String instance = runtime.createProcessInstanceQuery()
			.processDefinitionKey(BookingProcess.KEY)
			.processInstanceBusinessKey(visit.reference())
			.singleResult()
			.getId();
		String waiting = runtime.createExecutionQuery()
			.processInstanceId(instance)
			.activityId(runtime.getActiveActivityIds(instance).get(0))
			.list()
			.get(0)
			.getId();
		Incident incident = runtime.createIncident("test", waiting, "a test's incident");
		Task task = tasks.newTask();
		task.setName("Call the customer back");
		tasks.saveTask(task);
		try {
			BackOfficeOverview.Today now = overview.today();
			assertThat(now.openIncidents()).isEqualTo(before.openIncidents() + 1);
			assertThat(now.waitingTasks()).isEqualTo(before.waitingTasks() + 1);
			mvc.perform(get("/admin").with(user("dora").roles("STAFF", "DISPATCHER")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Today, " + now.day())))
				.andExpect(content().string(containsString("Days on the company clock (UTC).")))
				.andExpect(content().string(containsString(
						"<a id=\"today-failed-messages\" href=\"/admin/notifications?state=FAILED\">" + now.failedMessages() + "</a>")))
				.andExpect(content().string(containsString(
						"<a id=\"today-incidents\" href=\"/camunda/app/cockpit/\">" + now.openIncidents() + "</a>")))
				.andExpect(content().string(containsString(
						"<a id=\"today-tasks\" href=\"/camunda/app/tasklist/\">" + now.waitingTasks() + "</a>")));
		}
		finally {
			runtime.resolveIncident(incident.getId());
			tasks.deleteTask(task.getId(), true);
		}

		clock.advance(Duration.ofHours(12));
		assertThat(overview.today().failedMessages()).as("midnight on the company clock").isZero();
	}

}
