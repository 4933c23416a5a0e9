package org.fieldbook.processes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.ReminderBatchProcess;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.notification.NotificationLog;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.Jobs;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.SmsApi;
import org.fieldbook.support.TestClock;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * reminder-batch.bpmn, started by hand for three due bookings of one customer: every reminder goes out once per
 * channel, a failure stops its channel's job, and the retry sends only what is still pending; a number the
 * provider refuses fails that message alone, and a customer no reminder reached becomes a call for the dispatchers.
 */
@FieldbookIntegrationTest
class ReminderBatchTest {

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
	NotificationLog log;

	@Autowired
	TestClock clock;

	ServiceWorld world;

	List<BookedVisit> visits;

	@BeforeEach
	void threeDueBookings() throws Exception {
		BpmnAwareTests.init(engine);
		world = worlds.create().setting("reminder_window_days", 7);
		visits = List.of(bookFirstFree(), bookFirstFree(), bookFirstFree());
		Jobs.runDue(management);
		smtp.purgeEmailFromAllMailboxes();
		twilio.resetRequests();
	}

	@Test
	void eachBookingGetsOneEmailAndOneSmsWrittenAndSentByItsBatch() {
		world.smsConsent().communicationType("BOTH");
		answerInTurn(aResponse().withStatus(201).withBody("{\"sid\":\"SM1\"}"));
		ProcessInstance batch = startBatch();

		Jobs.runDue(management, batch.getId());

		assertThat(batch).hasPassed("Task_WriteReminders", "Task_SendEmails", "Task_SendSms", "Task_AskForCalls").isEnded();
		assertThat(reminders()).containsExactlyInAnyOrderElementsOf(visits.stream()
			.flatMap(visit -> List.of(visit.bookingId() + " EMAIL SENT " + batch.getId(), visit.bookingId() + " SMS SENT " + batch.getId()).stream())
			.toList());
		assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ReminderBatchTest::messageId))
			.containsExactlyInAnyOrderElementsOf(notificationKeys("EMAIL").stream().map(key -> "<" + key + "@localhost>").toList());
		assertThat(smsRequests()).extracting(event -> event.getRequest().getHeader("Idempotency-Key"))
			.containsExactlyInAnyOrderElementsOf(notificationKeys("SMS"));
		assertThat(calls()).as("nobody to call").isEmpty();
	}

	@Test
	void aBatchStartedAgainForTheSameBookingsRemindsNobodyTwice() {
		world.communicationType("EMAIL");
		Jobs.runDue(management, startBatch().getId());
		ProcessInstance again = startBatch();

		Jobs.runDue(management, again.getId());

		assertThat(again).isEnded();
		assertThat(smtp.getReceivedMessages()).hasSize(3);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM notification WHERE process_instance_id = ?", Long.class, again.getId()))
			.as("the second batch claimed none of them").isZero();
	}

	@Test
	void smtpDownFailsTheEmailJobWithBackOffAndItsRetrySendsOnlyWhatIsStillPending() {
		world.communicationType("EMAIL");
		smtp.stop();
		ProcessInstance batch = startBatch();
		management.executeJob(job(batch).getId());
		String sending = job(batch).getId();

		assertThatThrownBy(() -> management.executeJob(sending)).hasMessageContaining(ServiceWorld.CONTACT_EMAIL);

		List<Long> emails = notificationIds(batch, "EMAIL");
		assertThat(attempts(emails)).as("it stopped at the first").containsExactly(1, 0, 0);
		assertThat(job(batch).getDuedate().toInstant()).isEqualTo(clock.instant().plusSeconds(30));
		// Meanwhile a try that overlapped this one (another node's, say) sent the second.
		log.sent(emails.get(1), "<notification-" + emails.get(1) + "@localhost>");
		smtp.start();
		clock.advance(Duration.ofSeconds(30));
		Jobs.runDue(management, batch.getId());

		assertThat(batch).isEnded();
		assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ReminderBatchTest::messageId))
			.containsExactlyInAnyOrder("<notification-" + emails.get(0) + "@localhost>", "<notification-" + emails.get(2) + "@localhost>");
		assertThat(states(emails)).containsOnly("SENT");
	}

	@Test
	void anSmsProviderThatIsBusyFailsTheSmsJobAndTheRetrySendsEachMessageOnce() {
		world.smsConsent().communicationType("SMS");
		answerInTurn(aResponse().withStatus(201).withBody("{\"sid\":\"SM1\"}"),
				aResponse().withStatus(429).withBody("{\"code\":20429,\"message\":\"Too Many Requests\"}"),
				aResponse().withStatus(201).withBody("{\"sid\":\"SM2\"}"));
		ProcessInstance batch = startBatch();
		management.executeJob(job(batch).getId());
		management.executeJob(job(batch).getId());
		String sending = job(batch).getId();

		assertThatThrownBy(() -> management.executeJob(sending)).hasMessageContaining("HTTP 429");
		clock.advance(Duration.ofSeconds(30));
		Jobs.runDue(management, batch.getId());

		assertThat(batch).isEnded();
		List<String> keys = notificationKeys("SMS");
		assertThat(smsRequests()).extracting(event -> event.getRequest().getHeader("Idempotency-Key") + " "
				+ event.getResponse().getStatus())
			.containsExactly(keys.get(0) + " 201", keys.get(1) + " 429", keys.get(1) + " 201", keys.get(2) + " 201");
		assertThat(states(notificationIds(batch, "SMS"))).containsOnly("SENT");
	}

	@Test
	void aNumberTheProviderRefusesFailsThatReminderAloneAndItsCustomerIsToBeCalled() {
		world.smsConsent().communicationType("SMS");
		answerInTurn(aResponse().withStatus(201).withBody("{\"sid\":\"SM1\"}"),
				aResponse().withStatus(400).withBody("{\"code\":21211,\"message\":\"The 'To' number is not a valid phone number.\"}"),
				aResponse().withStatus(201).withBody("{\"sid\":\"SM2\"}"));
		ProcessInstance batch = startBatch();

		Jobs.runDue(management, batch.getId());

		assertThat(batch).isEnded();
		assertThat(states(notificationIds(batch, "SMS"))).containsExactly("SENT", "FAILED", "SENT");
		assertThat(smsRequests()).hasSize(3);
		ProcessInstance call = runtime.createProcessInstanceQuery().processDefinitionKey("notification")
			.processInstanceBusinessKey(visits.get(1).reference()).singleResult();
		assertThat(call).isWaitingAt("Task_CallTheCustomer");
		assertThat((String) runtime.getVariable(call.getId(), "unreachableReason")).contains("21211");
		assertThat(smsRequests()).as("the call's instance sent nothing again").hasSize(3);
	}

	@Test
	void aCustomerNoChannelCanReachIsToBeCalledAtOnce() {
		world.communicationType("SMS");
		ProcessInstance batch = startBatch();

		Jobs.runDue(management, batch.getId());

		assertThat(batch).isEnded();
		assertThat(calls()).hasSize(3).allSatisfy(call -> assertThat(call).isWaitingAt("Task_CallTheCustomer"));
		assertThat(smsRequests()).isEmpty();
	}

	private BookedVisit bookFirstFree() {
		return bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(0).slots().get(0), null));
	}

	private ProcessInstance startBatch() {
		return runtime.createProcessInstanceByKey(ReminderBatchProcess.KEY)
			.businessKey("reminders test")
			.setVariable(ReminderBatchProcess.AFTER, visits.get(0).bookingId() - 1)
			.setVariable(ReminderBatchProcess.UP_TO, visits.get(2).bookingId())
			.execute();
	}

	/** The running notifications about the three bookings: each a customer to call. */
	private List<ProcessInstance> calls() {
		List<String> references = visits.stream().map(BookedVisit::reference).toList();
		return runtime.createProcessInstanceQuery().processDefinitionKey("notification").list().stream()
			.filter(instance -> references.contains(instance.getBusinessKey()))
			.toList();
	}

	private List<String> reminders() {
		return jdbc.queryForList("""
				SELECT booking_id || ' ' || channel || ' ' || state || ' ' || process_instance_id FROM notification
				 WHERE type = 'BOOKING_REMINDER' AND booking_id BETWEEN ? AND ?""", String.class, visits.get(0).bookingId(),
				visits.get(2).bookingId());
	}

	private List<Long> notificationIds(ProcessInstance batch, String channel) {
		return jdbc.queryForList("SELECT id FROM notification WHERE process_instance_id = ? AND channel = ? ORDER BY id",
				Long.class, batch.getId(), channel);
	}

	/** The reminders' delivery keys on a channel, in the order of the bookings: {@code notification-{id}}. */
	private List<String> notificationKeys(String channel) {
		return jdbc.queryForList("""
				SELECT 'notification-' || id FROM notification
				 WHERE type = 'BOOKING_REMINDER' AND channel = ? AND booking_id BETWEEN ? AND ? ORDER BY booking_id""",
				String.class, channel, visits.get(0).bookingId(), visits.get(2).bookingId());
	}

	private List<Integer> attempts(List<Long> notificationIds) {
		return notificationIds.stream()
			.map(id -> jdbc.queryForObject("SELECT attempts FROM notification WHERE id = ?", Integer.class, id))
			.toList();
	}

	private List<String> states(List<Long> notificationIds) {
		return notificationIds.stream()
			.map(id -> jdbc.queryForObject("SELECT state FROM notification WHERE id = ?", String.class, id))
			.toList();
	}

	private Job job(ProcessInstance instance) {
		return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
	}

	private void answerInTurn(ResponseDefinitionBuilder... answers) {
		SmsApi.answerInTurn(twilio, answers);
	}

	private List<ServeEvent> smsRequests() {
		return SmsApi.requests(twilio);
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
