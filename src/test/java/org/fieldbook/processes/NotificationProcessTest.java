package org.fieldbook.processes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.SlotSearchService;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of notification.bpmn, with GreenMail as the SMTP server and WireMock as the Twilio-compatible SMS API.
 * The job executor is off in tests: each test runs the jobs of its own instance.
 */
@FieldbookIntegrationTest
class NotificationProcessTest {

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
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Autowired
	TestClock clock;

	ServiceWorld world;

	long bookingId;

	@BeforeEach
	void booked() {
		BpmnAwareTests.init(engine);
		world = worlds.create();
		Slot slot = slots.search(ServiceWorld.query()).days().get(0).slots().get(0);
		bookingId = bookings.book(world.booking(slot, null)).bookingId();
	}

	@Test
	void bothChannelsSendAnEmailAndAnSmsOnTheirOwnAsyncBranches() {
		world.smsConsent().communicationType("BOTH");
		acceptSms();

		ProcessInstance instance = remind();
		assertThat(instance).isWaitingAt("Task_SendEmail", "Task_SendSms");
		Jobs.runDue(management, instance.getId());

		assertThat(instance).hasPassed("Task_SendEmail", "Task_SendSms", "Task_CheckDelivery").isEnded();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		LoggedRequest sms = onlySmsRequest();
		assertThat(sms.getHeader("Authorization")).isEqualTo("Basic "
				+ Base64.getEncoder().encodeToString("ACtest0000000000000000000000000000:test-token".getBytes(StandardCharsets.UTF_8)));
		assertThat(sms.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
		Map<String, String> form = form(sms);
		assertThat(form).containsEntry("To", ServiceWorld.CONTACT_PHONE).containsEntry("From", "+15005550006");
		assertThat(form.get("Body")).startsWith("Fieldbook Services: reminder of your visit ").contains(" CST, ref FB-", "/b/");
		assertThat(form.get("Body").length()).as("one GSM-7 segment").isLessThanOrEqualTo(160);
		assertThat(states()).containsExactlyInAnyOrder("EMAIL SENT", "SMS SENT");
		assertThat(jdbc.queryForObject("SELECT provider_id FROM notification WHERE channel = 'SMS'", String.class)).isEqualTo("SM123");
	}

	@Test
	void smsOnlySendsNoEmail() {
		world.smsConsent().communicationType("SMS");
		acceptSms();

		ProcessInstance instance = remind();
		assertThat(instance).isWaitingAt("Task_SendSms");
		Jobs.runDue(management, instance.getId());

		assertThat(instance).hasNotPassed("Task_SendEmail").isEnded();
		assertThat(smtp.getReceivedMessages()).isEmpty();
		onlySmsRequest();
		assertThat(states()).containsExactly("SMS SENT");
	}

	@Test
	void anExcludedAccountGetsNothingAndTheMessageIsRecordedAsSkippedWithTheReason() {
		world.smsConsent();
		jdbc.update("INSERT INTO portal_settings_excluded_account (account_id) VALUES (?)", world.accountId);

		ProcessInstance instance = remind();

		assertThat(instance).hasPassed("EndEvent_NotSent").isEnded();
		assertThat(instance).variables().containsEntry("decision", "SKIP");
		assertThat(states()).containsExactlyInAnyOrder("EMAIL SKIPPED", "SMS SKIPPED");
		assertThat(jdbc.queryForList("SELECT provider_message FROM notification WHERE booking_id = ?", String.class,
				bookingId)).containsOnly("the account is on the messaging exclusion list");
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aMessageTypeTurnedOffIsNotSent() {
		world.setting("message_booking_reminder", false);

		ProcessInstance instance = remind();

		assertThat(instance).hasPassed("EndEvent_NotSent").isEnded();
		assertThat(states()).isEmpty();
	}

	@Test
	void aContactWeCannotReachBecomesACallForTheDispatchers() {
		world.communicationType("SMS");

		ProcessInstance instance = remind();

		assertThat(instance).isWaitingAt("Task_CallTheCustomer");
		Task call = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		assertThat(tasks.getIdentityLinksForTask(call.getId())).anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("dispatchers"));
		Map<String, Object> shown = runtime.getVariables(instance.getId());
		assertThat(shown).containsEntry("customerName", "Sam Lee")
			.containsEntry("customerPhone", ServiceWorld.CONTACT_PHONE)
			.containsEntry("unreachableReason", "the contact has no mobile number with consent to SMS");
		assertThat((String) shown.get("appointment")).endsWith("CST");

		tasks.complete(call.getId(), Map.of("callOutcome", "REACHED"));
		assertThat(instance).hasPassed("EndEvent_CustomerCalled").isEnded();
	}

	@Test
	void aServerErrorIsRetriedAndTheSecondTrySendsOne() {
		world.smsConsent().communicationType("SMS");
		twilio.stubFor(post(urlEqualTo(TestPorts.SMS_MESSAGES)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500).withBody("{\"code\":20500,\"message\":\"Internal Server Error\"}"))
			.willSetStateTo("recovered"));
		twilio.stubFor(post(urlEqualTo(TestPorts.SMS_MESSAGES)).inScenario("flaky").whenScenarioStateIs("recovered")
			.willReturn(aResponse().withStatus(201).withBody("{\"sid\":\"SM777\",\"status\":\"queued\"}")));
		ProcessInstance instance = remind();

		Job sendSms = job(instance);
		assertThatThrownBy(() -> management.executeJob(sendSms.getId())).hasMessageContaining("HTTP 500");
		assertThat(job(instance).getRetries()).as("five retries after the first try").isEqualTo(5);
		assertThat(job(instance).getDuedate()).as("the first wait of the back-off: 30 s")
			.isEqualTo(Date.from(clock.instant().plusSeconds(30)));
		assertThat(jdbc.queryForMap("SELECT state, attempts, last_error FROM notification WHERE channel = 'SMS'"))
			.containsEntry("state", "PENDING").containsEntry("attempts", 1);
		management.executeJob(sendSms.getId());
		Jobs.runDue(management, instance.getId());

		assertThat(instance).isEnded();
		twilio.verify(2, postRequestedFor(urlEqualTo(TestPorts.SMS_MESSAGES)));
		assertThat(jdbc.queryForMap("SELECT state, attempts, provider_id FROM notification WHERE channel = 'SMS'"))
			.containsEntry("state", "SENT").containsEntry("attempts", 2).containsEntry("provider_id", "SM777");
	}

	@Test
	void retriesRunningOutRaiseAnIncidentAndRetryingItSendsExactlyOne() {
		world.smsConsent().communicationType("SMS");
		twilio.stubFor(post(urlEqualTo(TestPorts.SMS_MESSAGES)).willReturn(aResponse().withStatus(503).withBody("{\"message\":\"down\"}")));
		ProcessInstance instance = remind();

		for (int attempt = 0; attempt < 6; attempt++) {
			String jobId = job(instance).getId();
			assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("HTTP 503");
		}
		assertThat(job(instance).getRetries()).isZero();
		assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult().getActivityId())
			.isEqualTo("Task_SendSms");

		twilio.resetAll();
		acceptSms();
		management.setJobRetries(job(instance).getId(), 1);
		management.executeJob(job(instance).getId());
		Jobs.runDue(management, instance.getId());

		assertThat(instance).isEnded();
		assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
		twilio.verify(1, postRequestedFor(urlEqualTo(TestPorts.SMS_MESSAGES)));
		assertThat(jdbc.queryForMap("SELECT state, attempts FROM notification WHERE channel = 'SMS'"))
			.containsEntry("state", "SENT").containsEntry("attempts", 7);
	}

	@Test
	void aRepeatedReminderForTheSameTimeIsRecordedOnceAndSentOnce() {
		world.smsConsent().communicationType("BOTH");
		acceptSms();
		Jobs.runDue(management, remind().getId());

		ProcessInstance again = remind();

		assertThat(again).hasPassed("Task_RenderMessages").hasNotPassed("Task_SendEmail", "Task_SendSms").isEnded();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		twilio.verify(1, postRequestedFor(urlEqualTo(TestPorts.SMS_MESSAGES)));
		assertThat(states()).containsExactlyInAnyOrder("EMAIL SENT", "SMS SENT");
	}

	private ProcessInstance remind() {
		return runtime.startProcessInstanceByKey("notification", Map.of("notificationType", "BOOKING_REMINDER", "bookingId", bookingId));
	}

	private void acceptSms() {
		twilio.stubFor(post(urlEqualTo(TestPorts.SMS_MESSAGES)).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json").withBody("{\"sid\":\"SM123\",\"status\":\"queued\"}")));
	}

	private Job job(ProcessInstance instance) {
		return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
	}

	private LoggedRequest onlySmsRequest() {
		List<LoggedRequest> requests = twilio.findAll(postRequestedFor(urlEqualTo(TestPorts.SMS_MESSAGES)));
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

	private List<String> states() {
		return jdbc.queryForList("SELECT channel || ' ' || state FROM notification WHERE type = 'BOOKING_REMINDER'", String.class);
	}

	private static Map<String, String> form(LoggedRequest request) {
		return Arrays.stream(request.getBodyAsString().split("&"))
			.map(field -> field.split("=", 2))
			.collect(Collectors.toMap(field -> URLDecoder.decode(field[0], StandardCharsets.UTF_8),
					field -> URLDecoder.decode(field[1], StandardCharsets.UTF_8)));
	}

}
