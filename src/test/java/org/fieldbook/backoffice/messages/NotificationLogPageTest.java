package org.fieldbook.backoffice.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PasswordResetVariables;
import org.fieldbook.invitation.PasswordResets;
import org.fieldbook.invitation.PortalAccountService;

import org.fieldbook.notification.Notification;
import org.fieldbook.notification.NotificationLog;
import org.fieldbook.notification.NotificationType;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff can read every message, including one kept unsent, with its link, except a password reset's link, which
 * only the customer's email carries; customers and strangers cannot. No SMTP server runs for this class, so an
 * email that is sent at once fails.
 */
@FieldbookIntegrationTest
class NotificationLogPageTest {

	private static final String RESET_LINK = "/password-reset/[A-Za-z0-9_-]{22}";

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	NotificationLog log;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordResets resets;

	@Autowired
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	ServiceWorld world;

	Notification kept;

	@BeforeEach
	void aMessageKeptUnsent() {
		world = worlds.create();
		kept = log.record(Notification.email("invitation:" + UUID.randomUUID() + ":INVITATION:once:EMAIL", NotificationType.INVITATION,
				null, null, "noa@example.org", "Fieldbook Services: book your service visits online",
				"Hello Noa,\nAccept the invitation: http://localhost:8080/invitation/abcDEF", "<p>Hello Noa</p>",
				TestClock.DEFAULT));
		jdbc.update("UPDATE notification SET state = 'SKIPPED', provider_message = 'not sent — no provider configured' WHERE id = ?",
				kept.getId());
	}

	@Test
	void staffSeeTheListAndTheContentOfAMessageThatWasNotSent() throws Exception {
		mvc.perform(get("/admin/notifications").with(user("dora").roles("STAFF", "DISPATCHER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("noa@example.org")))
			.andExpect(content().string(containsString("not sent — no provider configured")));
		mvc.perform(get("/admin/notifications/{id}", kept.getId()).with(user("dora").roles("STAFF", "DISPATCHER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("http://localhost:8080/invitation/abcDEF")))
			.andExpect(content().string(not(containsString("<p>Hello Noa</p>"))));
		mvc.perform(get("/admin/notifications/{id}", 999_999).with(user("dora").roles("STAFF", "DISPATCHER")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPasswordResetEmailThatFailedShowsToWhomAndWhenButNoLink() throws Exception {
		portalAccounts.open(contacts.contact(world.contactId).orElseThrow(), "the old password here");
		resets.request(ServiceWorld.CONTACT_EMAIL);
		ProcessInstance request = runtime.createProcessInstanceQuery().processDefinitionKey(PasswordResetVariables.PROCESS_KEY)
			.variableValueEquals(PasswordResetVariables.ADDRESS, ServiceWorld.CONTACT_EMAIL).singleResult();
		Job send = management.createJobQuery().processInstanceId(request.getId()).singleResult();
		try {
			assertThatThrownBy(() -> management.executeJob(send.getId())).hasMessageContaining("not delivered");

			long id = jdbc.queryForObject("SELECT id FROM notification WHERE type = 'PASSWORD_RESET'", Long.class);
			assertThat(jdbc.queryForObject("SELECT n::text FROM notification n WHERE id = ?", String.class, id))
				.contains(ServiceWorld.CONTACT_EMAIL).doesNotContainPattern(RESET_LINK);
			mvc.perform(get("/admin/notifications/{id}", id).with(user("dora").roles("STAFF", "DISPATCHER")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(ServiceWorld.CONTACT_EMAIL)))
				.andExpect(content().string(containsString("PENDING")))
				.andExpect(content().string(containsString("Last error")))
				.andExpect(content().string(containsString("2026-")))
				.andExpect(content().string(not(matchesPattern("(?s).*" + RESET_LINK + ".*"))));
			mvc.perform(get("/admin/notifications").with(user("dora").roles("STAFF", "DISPATCHER")))
				.andExpect(content().string(containsString("PASSWORD_RESET")))
				.andExpect(content().string(not(matchesPattern("(?s).*" + RESET_LINK + ".*"))));
			assertThat(management.getJobExceptionStacktrace(send.getId())).doesNotContainPattern(RESET_LINK);
			assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(request.getId()).list())
				.extracting(HistoricVariableInstance::getName).containsExactly(PasswordResetVariables.ADDRESS);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM password_reset", Integer.class))
				.as("the failed try left no token").isZero();
		}
		finally {
			runtime.deleteProcessInstance(request.getId(), "test over");
		}
	}

	@Test
	void theLogIsForStaffOnly() throws Exception {
		mvc.perform(get("/admin/notifications")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/login"));
	}

}
