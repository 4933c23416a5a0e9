package org.fieldbook.notification;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** notification.bpmn walked step by step; the job executor is off in tests, so the test runs each job. */
@FieldbookIntegrationTest
class NotificationProcessTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	NotificationLog log;

	@BeforeEach
	void assertions() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void emailIsSentAfterTheAsyncBoundary() {
		ProcessInstance instance = start();

		assertThat(instance).isWaitingAt("Task_SendEmail");
		Assertions.assertThat(smtp.getReceivedMessages()).as("nothing sent in the caller's transaction").isEmpty();
		execute(job());

		assertThat(instance).hasPassed("Task_SendEmail").isEnded().variables().containsEntry("emailState", "SENT");
		Assertions.assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void smtpServerDownFailsTheJobWhichIsRetriedLaterAndSendsOnce() {
		ProcessInstance instance = start();
		smtp.stop();

		Job sendEmail = sendEmailJob(instance);
		assertThatThrownBy(() -> management.executeJob(sendEmail.getId())).hasRootCauseInstanceOf(Exception.class);

		Job retried = sendEmailJob(instance);
		Assertions.assertThat(retried.getRetries()).as("R5/PT1M: five tries in all").isEqualTo(4);
		Assertions.assertThat(retried.getDuedate()).as("the next try waits a minute").isNotNull();
		assertThat(instance).isWaitingAt("Task_SendEmail");

		smtp.start();
		management.executeJob(retried.getId());

		assertThat(instance).isEnded();
		Assertions.assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	private ProcessInstance start() {
		Notification recorded = log.record(Notification.email("test:" + UUID.randomUUID() + ":BOOKING_CONFIRMED:1:EMAIL",
				NotificationType.BOOKING_CONFIRMED, null, null, "sam@example.com", "Booked", "Booked", "<p>Booked</p>"));
		return runtime.startProcessInstanceByKey("notification", Map.of(NotificationVariables.NOTIFICATION_ID, recorded.getId()));
	}

	private Job sendEmailJob(ProcessInstance instance) {
		return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
	}

}
