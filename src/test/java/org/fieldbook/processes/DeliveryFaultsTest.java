package org.fieldbook.processes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.notification.NotificationLog;
import org.fieldbook.scheduling.Slot;
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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SMTP server and the SMS provider failing as they do in life, with the engine's clock moved to each retry's due
 * date: the back-off of notification.bpmn ({@code PT30S,PT2M,PT10M,PT30M,PT1H}) rides the outage out, the message
 * goes out once when the peer is back, an incident comes only after the last try, and Cockpit's retry (the engine
 * REST call it makes) sends once. Every try of a message carries the same Message-ID or Idempotency-Key.
 */
@FieldbookIntegrationTest
class DeliveryFaultsTest {

	private static final List<Duration> BACK_OFF = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2),
			Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1));

	/** How Cockpit and the engine REST API write a date. */
	private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
		.withZone(ZoneOffset.UTC);

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
	NotificationLog log;

	@Autowired
	TestRestTemplate http;

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
	void smtpDownIsRetriedWithBackOffAndTheEmailGoesOutOnceWhenItIsBack() throws Exception {
		world.communicationType("EMAIL");
		smtp.stop();
		ProcessInstance instance = remind();
		long emailId = notificationId(instance, "emailNotificationId");

		for (Duration wait : BACK_OFF.subList(0, 3)) {
			failsAndWaits(instance, wait, ServiceWorld.CONTACT_EMAIL);
		}
		assertThat(row(emailId)).containsEntry("state", "PENDING").containsEntry("attempts", 3);

		smtp.start();
		Jobs.runDue(management, instance.getId());

		assertThat(instance).as("ended: no job left to send a second copy")
			.hasPassed("Task_SendEmail", "Task_CheckDelivery")
			.isEnded();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getMessageID()).isEqualTo("<notification-" + emailId + "@localhost>");
		assertThat(row(emailId)).containsEntry("state", "SENT").containsEntry("attempts", 4)
			.containsEntry("provider_id", received[0].getMessageID());
	}

	@Test
	void smtpDownForLongerThanTheCycleRaisesAnIncidentOnlyAfterTheLastTryAndCockpitsRetrySendsOnce() {
		world.communicationType("EMAIL");
		smtp.stop();
		ProcessInstance instance = remind();
		long emailId = notificationId(instance, "emailNotificationId");

		for (Duration wait : BACK_OFF) {
			failsAndWaits(instance, wait, ServiceWorld.CONTACT_EMAIL);
			assertThat(incidents(instance)).as("no incident while a retry is left").isEmpty();
		}
		String jobId = job(instance).getId();
		assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining(ServiceWorld.CONTACT_EMAIL);

		assertThat(job(instance).getRetries()).isZero();
		Incident incident = incidents(instance).get(0);
		assertThat(incident.getActivityId()).isEqualTo("Task_SendEmail");
		assertThat(row(emailId)).containsEntry("state", "PENDING").containsEntry("attempts", 6);

		smtp.start();
		assertThat(retryAsCockpitDoes(jobId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		Jobs.runDue(management, instance.getId());

		assertThat(instance).isEnded();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(row(emailId)).containsEntry("state", "SENT").containsEntry("attempts", 7);
		assertThat(incidents(instance)).isEmpty();
		assertThat(history.createHistoricIncidentQuery().incidentId(incident.getId()).singleResult().isResolved()).isTrue();
	}

	@Test
	void smsProviderBusyThenDownIsRetriedWithBackOffAndEachMessageIsSentOnce() {
		world.smsConsent().communicationType("SMS");
		answerInTurn(aResponse().withStatus(429).withHeader("Retry-After", "30")
			.withBody("{\"code\":20429,\"message\":\"Too Many Requests\"}"),
				aResponse().withStatus(503).withBody("{\"message\":\"Service Unavailable\"}"),
				aResponse().withStatus(503).withBody("{\"message\":\"Service Unavailable\"}"),
				aResponse().withStatus(201).withBody("{\"sid\":\"SM900\",\"status\":\"queued\"}"));
		ProcessInstance instance = remind();
		long smsId = notificationId(instance, "smsNotificationId");

		failsAndWaits(instance, BACK_OFF.get(0), "HTTP 429");
		failsAndWaits(instance, BACK_OFF.get(1), "HTTP 503");
		failsAndWaits(instance, BACK_OFF.get(2), "HTTP 503");
		Jobs.runDue(management, instance.getId());

		assertThat(instance).hasPassed("Task_SendSms").isEnded();
		List<ServeEvent> requests = smsRequests();
		assertThat(requests).extracting(event -> event.getResponse().getStatus()).containsExactly(429, 503, 503, 201);
		assertThat(requests).extracting(event -> event.getRequest().getHeader("Idempotency-Key"))
			.containsOnly("notification-" + smsId);
		assertThat(row(smsId)).containsEntry("state", "SENT").containsEntry("attempts", requests.size())
			.containsEntry("provider_id", "SM900");
		assertThat(incidents(instance)).isEmpty();
	}

	@Test
	void anInvalidNumberIsRecordedAsFailedWithOneRequestNoRetryAndNoIncident() {
		world.smsConsent().communicationType("SMS");
		twilio.stubFor(post(urlEqualTo(TestPorts.SMS_MESSAGES)).willReturn(aResponse().withStatus(400)
			.withBody("{\"code\":21211,\"message\":\"The 'To' number +13125550100 is not a valid phone number.\",\"status\":400}")));
		ProcessInstance instance = remind();
		long smsId = notificationId(instance, "smsNotificationId");

		Jobs.runDue(management, instance.getId());
		clock.advance(Duration.ofHours(3));
		Jobs.runDue(management, instance.getId());

		assertThat(smsRequests()).singleElement()
			.satisfies(only -> assertThat(only.getRequest().getHeader("Idempotency-Key")).isEqualTo("notification-" + smsId));
		assertThat(management.createJobQuery().processInstanceId(instance.getId()).withException().count()).isZero();
		assertThat(incidents(instance)).isEmpty();
		assertThat(row(smsId)).containsEntry("state", "FAILED").containsEntry("provider_code", "21211")
			.containsEntry("attempts", 1);
		assertThat(instance).hasPassed("Task_CheckDelivery").isWaitingAt("Task_CallTheCustomer");
		assertThat((String) runtime.getVariable(instance.getId(), "unreachableReason")).contains("21211");
	}

	/** The previous try sent both and recorded it, then its job failed to commit (a crash, the database gone). */
	@Test
	void aRetriedJobOfAMessageTheLogHasAsSentSendsNothing() {
		world.smsConsent().communicationType("BOTH");
		twilio.stubFor(post(urlEqualTo(TestPorts.SMS_MESSAGES)).willReturn(aResponse().withStatus(201).withBody("{\"sid\":\"SM901\"}")));
		ProcessInstance instance = remind();
		long emailId = notificationId(instance, "emailNotificationId");
		long smsId = notificationId(instance, "smsNotificationId");
		log.sent(emailId, "<notification-" + emailId + "@localhost>");
		log.sent(smsId, "SM900");

		Jobs.runDue(management, instance.getId());

		assertThat(instance).hasPassed("Task_SendEmail", "Task_SendSms").isEnded();
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(smsRequests()).isEmpty();
		assertThat(row(smsId)).containsEntry("state", "SENT").containsEntry("attempts", 1).containsEntry("provider_id", "SM900");
	}

	private ProcessInstance remind() {
		return runtime.startProcessInstanceByKey("notification", Map.of("notificationType", "BOOKING_REMINDER", "bookingId", bookingId));
	}

	/**
	 * Runs the instance's job, which fails with {@code error}; then its next try is due {@code wait} later, not a
	 * moment sooner, and the clock moves there.
	 */
	private void failsAndWaits(ProcessInstance instance, Duration wait, String error) {
		String jobId = job(instance).getId();
		assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining(error);
		Instant due = job(instance).getDuedate().toInstant();
		assertThat(due).as("the back-off after a failed try").isEqualTo(clock.instant().plus(wait));
		clock.set(due.minusSeconds(1));
		assertThat(executable(instance)).as("not tried before its time").isZero();
		clock.set(due);
		assertThat(executable(instance)).isOne();
	}

	/** What Cockpit's "Increment number of retries" sends for an incident when the due date is set to now. */
	private ResponseEntity<String> retryAsCockpitDoes(String jobId) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String body = "{\"retries\":1,\"dueDate\":\"" + REST_DATE.format(clock.instant()) + "\"}";
		return http.withBasicAuth("admin", "admin")
			.exchange("/engine-rest/job/" + jobId + "/retries", HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
	}

	private void answerInTurn(ResponseDefinitionBuilder... answers) {
		SmsApi.answerInTurn(twilio, answers);
	}

	private List<ServeEvent> smsRequests() {
		return SmsApi.requests(twilio);
	}

	private Job job(ProcessInstance instance) {
		return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
	}

	private long executable(ProcessInstance instance) {
		return management.createJobQuery().processInstanceId(instance.getId()).executable().count();
	}

	private List<Incident> incidents(ProcessInstance instance) {
		return runtime.createIncidentQuery().processInstanceId(instance.getId()).list();
	}

	private long notificationId(ProcessInstance instance, String variable) {
		return ((Number) runtime.getVariable(instance.getId(), variable)).longValue();
	}

	private Map<String, Object> row(long notificationId) {
		return jdbc.queryForMap("SELECT state, attempts, provider_id, provider_code FROM notification WHERE id = ?",
				notificationId);
	}

}
