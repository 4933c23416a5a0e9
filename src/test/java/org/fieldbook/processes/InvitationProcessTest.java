package org.fieldbook.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fieldbook.invitation.InvitationVariables;
import org.fieldbook.invitation.Invitations;
import org.fieldbook.masterdata.MasterDataImporter;
import org.fieldbook.support.AtFixedInstants;
import org.fieldbook.support.EngineHistory;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.Jobs;
import org.fieldbook.support.Mailbox;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestClock;
import org.fieldbook.support.TestPorts;
import org.fieldbook.system.SecretCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/** invitation.bpmn: a contact joins through the import, gets one invitation ever, redeems it or lets it expire. */
@FieldbookIntegrationTest
class InvitationProcessTest {

	private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]{22})");

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

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
	MasterDataImporter importer;

	@Autowired
	Invitations invitations;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	Date testStart;

	@BeforeEach
	void world() {
		BpmnAwareTests.init(engine);
		worlds.create();
		EngineHistory.forgetRuns(history, InvitationVariables.PROCESS_KEY);
		testStart = Date.from(clock.instant());
	}

	@AtFixedInstants
	void aContactJoiningAnActiveAccountGetsAnInvitationEmailWithASingleUseCode() throws Exception {
		importContact("c-noa", "noa@example.org", "de", true);
		ProcessInstance instance = invitationOf("noa@example.org");
		assertThat(instance).isWaitingAt("StartEvent_InvitationRequested");

		Jobs.runDue(management);

		assertThat(instance).isWaitingAt("Gateway_WaitForCustomer");
		MimeMessage email = smtp.getReceivedMessages()[0];
		assertThat(email.getAllRecipients()[0].toString()).isEqualTo("noa@example.org");
		assertThat(email.getSubject()).isEqualTo("Fieldbook Services: Servicetermine online buchen");
		String text = Mailbox.part(email, "text/plain");
		assertThat(text).contains("Hallo Noa,", "Einladung annehmen");
		String code = code(text);
		assertThat(jdbc.queryForObject("SELECT code_hash FROM invitation WHERE email = 'noa@example.org'", String.class))
			.isEqualTo(SecretCodes.hash(code))
			.isNotEqualTo(code);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM invitation WHERE code_hash = ?", Integer.class, code))
			.as("the code itself is not stored").isZero();

		assertThat(jdbc.queryForObject("SELECT body || html_body FROM notification WHERE type = 'INVITATION'", String.class))
			.as("once sent, the log keeps the message without its code").doesNotContain(code).contains("code removed after sending");

		assertThat(invitations.redeem(code)).isPresent();
		assertThat(instance).hasPassed("EndEvent_SignedUp").isEnded();
		assertThat(invitations.redeem(code)).as("single use").isEmpty();
	}

	@Test
	void searchingTheInvitationsKeyFindsTheInvitationAndItsNotification() {
		importContact("c-noa", "noa@example.org", "en", true);
		Jobs.runDue(management);

		long invitationId = jdbc.queryForObject("SELECT id FROM invitation WHERE email = 'noa@example.org'", Long.class);
		ProcessInstance invitation = invitationOf("noa@example.org");
		HistoricProcessInstance notification = history.createHistoricProcessInstanceQuery()
			.superProcessInstanceId(invitation.getId())
			.singleResult();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("invitation-" + invitationId).list())
			.as("ids restart with each test's tables, so earlier tests' runs may carry the key too")
			.extracting(HistoricProcessInstance::getId)
			.contains(invitation.getId(), notification.getId());
	}

	@Test
	void oneInvitationPerEmailAddressEvenWhenTheContactIsDeletedAndAddedAgain() {
		importContact("c-noa", "noa@example.org", "en", true);
		Jobs.runDue(management);
		jdbc.update("DELETE FROM contact WHERE external_id = 'c-noa'");

		importContact("c-noa-2", "Noa@Example.org", "en", true);
		Jobs.runDue(management);

		assertThat(jdbc.queryForObject("SELECT count(*) FROM invitation", Integer.class)).isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		List<HistoricActivityInstance> noInvitation = history.createHistoricActivityInstanceQuery()
			.activityId("EndEvent_NoInvitation").startedAfter(testStart).list();
		assertThat(noInvitation).hasSize(1);
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(noInvitation.get(0).getProcessInstanceId())
			.variableName("invitationSkipReason").singleResult().getValue()).asString().contains("invited before");
	}

	@Test
	void anAdminReissueRevokesThePendingInvitationAndSendsANewCode() throws Exception {
		importContact("c-noa", "noa@example.org", "en", true);
		Jobs.runDue(management);
		String firstCode = code(Mailbox.part(smtp.getReceivedMessages()[0], "text/plain"));

		mvc.perform(post("/api/v1/contacts/{id}/invitation", "c-noa").with(SecurityMockMvcRequestPostProcessors.httpBasic("admin", "admin")))
			.andExpect(status().isAccepted());
		Jobs.runDue(management);

		assertThat(smtp.getReceivedMessages()).hasSize(2);
		String secondCode = code(Mailbox.part(smtp.getReceivedMessages()[1], "text/plain"));
		assertThat(secondCode).isNotEqualTo(firstCode);
		assertThat(invitations.redeem(firstCode)).as("revoked").isEmpty();
		assertThat(invitations.redeem(secondCode)).isPresent();
	}

	@AtFixedInstants
	void anUnusedInvitationExpiresOnItsTimer() throws Exception {
		importContact("c-noa", "noa@example.org", "en", true);
		Jobs.runDue(management);
		ProcessInstance instance = invitationOf("noa@example.org");
		String code = code(Mailbox.part(smtp.getReceivedMessages()[0], "text/plain"));

		Job expiry = management.createJobQuery().processInstanceId(instance.getId()).activityId("Event_Expired").singleResult();
		assertThat(expiry.getDuedate()).isAfter(Date.from(clock.instant().plus(Duration.ofDays(13))));
		clock.advance(Duration.ofDays(13));
		Jobs.runDue(management);
		assertThat(instance).isWaitingAt("Gateway_WaitForCustomer");
		assertThat(invitations.redeemable(code)).as("still valid on day 13").isTrue();

		clock.advance(Duration.ofDays(1).plusMinutes(1));
		Jobs.runDue(management);

		assertThat(instance).hasPassed("Task_ExpireInvitation", "EndEvent_InvitationExpired").isEnded();
		assertThat(jdbc.queryForObject("SELECT status FROM invitation", String.class)).isEqualTo("EXPIRED");
		assertThat(invitations.redeem(code)).isEmpty();
	}

	@Test
	void noInvitationWhenTheSettingIsOffOrTheAccountInactiveButTheAdminMayInviteAllExistingContacts() throws Exception {
		jdbc.update("UPDATE portal_settings SET invite_account_contacts = false");
		importContact("c-noa", "noa@example.org", "en", true);
		importContact("c-eli", "eli@example.org", "en", false);
		Jobs.runDue(management);
		assertThat(smtp.getReceivedMessages()).isEmpty();

		mvc.perform(post("/api/v1/invitations/all-existing-contacts").with(SecurityMockMvcRequestPostProcessors.httpBasic("admin", "admin")))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.started").value(2));
		Jobs.runDue(management);

		assertThat(smtp.getReceivedMessages()).extracting(message -> message.getAllRecipients()[0].toString())
			.containsExactlyInAnyOrder("noa@example.org", ServiceWorld.CONTACT_EMAIL);
	}

	private void importContact(String id, String email, String language, boolean activeAccount) {
		String json = """
				{"territories":[],"skills":[],"serviceTypes":[],"technicians":[],"bookings":[],
				 "accounts":[{"id":"acc-%s","name":"Household %s","active":%s,"timeZone":"Europe/Berlin",
				   "address":{"line1":"Hauptstr. 1","city":"Berlin","postalCode":"10115","country":"DE","lat":52.52,"lon":13.40},
				   "contacts":[{"id":"%s","firstName":"%s","lastName":"Test","email":"%s","language":"%s"}]}]}"""
			.formatted(id, id, activeAccount, id, email.substring(0, 1).toUpperCase() + email.substring(1, email.indexOf('@')),
					email, language);
		importer.importJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

	private ProcessInstance invitationOf(String email) {
		Long contact = jdbc.queryForObject("SELECT id FROM contact WHERE lower(email) = lower(?)", Long.class, email);
		List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processDefinitionKey("invitation")
			.variableValueEquals("contactId", contact).list();
		assertThat(instances).hasSize(1);
		return instances.get(0);
	}

	private static String code(String text) {
		Matcher link = LINK.matcher(text);
		assertThat(link.find()).as("an invitation link in " + text).isTrue();
		return link.group(1);
	}

}
