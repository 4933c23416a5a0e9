package org.fieldbook.portal.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.support.RemoteAddress.from;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PasswordResetVariables;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.support.AtFixedInstants;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Password reset: a link by email that works once within the hour, and only until another link resets the password;
 * a reset signs out every session of the account. The request only starts a job, alike for unknown addresses, and
 * the link exists only in the customer's email.
 */
@FieldbookIntegrationTest
class PasswordResetTest {

	private static final Pattern LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]{22})");

	private static final String OLD_PASSWORD = "the old password here";

	private static final String NEW_PASSWORD = "a brand new password";

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

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

	@Autowired
	TestClock clock;

	@BeforeEach
	void account() {
		ServiceWorld world = worlds.create();
		portalAccounts.open(contacts.contact(world.contactId).orElseThrow(), OLD_PASSWORD);
	}

	@AtFixedInstants
	void theEmailedLinkSetsANewPasswordOnce() throws Exception {
		String token = requestLink("10.3.0.1", "SAM@example.com");
		assertThat(jdbc.queryForObject("SELECT body FROM notification WHERE type = 'PASSWORD_RESET'", String.class))
			.doesNotContain(token);

		mvc.perform(get("/password-reset/{token}", token).with(from("10.3.0.1"))).andExpect(status().isOk());
		mvc.perform(post("/password-reset/{token}", token).with(from("10.3.0.1")).param("password", "short")
			.param("confirmation", "short").with(csrf())).andExpect(status().isUnprocessableEntity());
		reset(token, "10.3.0.1").andExpect(redirectedUrl("/login?passwordChanged"));

		signIn(NEW_PASSWORD);
		mvc.perform(post("/password-reset/{token}", token).with(from("10.3.0.1")).param("password", "another new password")
			.param("confirmation", "another new password").with(csrf())).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("no longer works")));
	}

	@AtFixedInstants
	void anExpiredLinkOrAnUnknownAddressGivesNothingAway() throws Exception {
		mvc.perform(post("/password-reset").with(from("10.3.0.2")).param("email", "nobody@example.com").with(csrf()))
			.andExpect(redirectedUrl("/password-reset?sent"));
		Jobs.runDue(management);
		assertThat(smtp.getReceivedMessages()).isEmpty();

		String token = requestLink("10.3.0.2", ServiceWorld.CONTACT_EMAIL);
		clock.advance(Duration.ofMinutes(59));
		mvc.perform(get("/password-reset/{token}", token).with(from("10.3.0.2"))).andExpect(status().isOk());
		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		mvc.perform(get("/password-reset/{token}", token).with(from("10.3.0.2"))).andExpect(status().isNotFound());
	}

	@Test
	void aKnownAndAnUnknownAddressOnlyStartTheSameJobAndTheJobEmailsTheKnownOne() throws Exception {
		List<String> addresses = List.of(ServiceWorld.CONTACT_EMAIL, "nobody@example.com");
		for (String address : addresses) {
			mvc.perform(post("/password-reset").with(from("10.3.0.3")).param("email", address).with(csrf()))
				.andExpect(redirectedUrl("/password-reset?sent"));
		}

		for (String address : addresses) {
			ProcessInstance request = runtime.createProcessInstanceQuery().processDefinitionKey(PasswordResetVariables.PROCESS_KEY)
				.variableValueEquals(PasswordResetVariables.ADDRESS, address).singleResult();
			assertThat(request).as(address + " handed to the process").isNotNull();
			assertThat(runtime.getActiveActivityIds(request.getId())).as(address).containsExactly("Task_SendResetLink");
			assertThat(management.createJobQuery().processInstanceId(request.getId()).count()).as(address).isOne();
			assertThat(runtime.getVariables(request.getId())).as(address).isEqualTo(Map.of(PasswordResetVariables.ADDRESS, address));
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM password_reset", Integer.class)).as("no token yet").isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM notification WHERE type = 'PASSWORD_RESET'", Integer.class))
			.as("no email yet").isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();

		Jobs.runDue(management);

		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo(ServiceWorld.CONTACT_EMAIL);
		assertThat(jdbc.queryForList("SELECT recipient FROM notification WHERE type = 'PASSWORD_RESET'", String.class))
			.containsExactly(ServiceWorld.CONTACT_EMAIL);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM password_reset", Integer.class)).isOne();
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PasswordResetVariables.PROCESS_KEY).count())
			.as("both requests handled").isZero();
	}

	@Test
	void aResetRevokesTheOtherLinksOfTheAccount() throws Exception {
		String older = requestLink("10.3.0.4", ServiceWorld.CONTACT_EMAIL);
		smtp.purgeEmailFromAllMailboxes();
		String newer = requestLink("10.3.0.4", ServiceWorld.CONTACT_EMAIL);
		assertThat(newer).isNotEqualTo(older);

		reset(newer, "10.3.0.4").andExpect(redirectedUrl("/login?passwordChanged"));

		mvc.perform(get("/password-reset/{token}", older).with(from("10.3.0.4"))).andExpect(status().isNotFound());
		mvc.perform(post("/password-reset/{token}", older).with(from("10.3.0.4")).param("password", "the attacker's own choice")
			.param("confirmation", "the attacker's own choice").with(csrf())).andExpect(status().isNotFound());
		signIn(NEW_PASSWORD);
	}

	@Test
	void aResetSignsOutEverySessionSignedInBeforeIt() throws Exception {
		MockHttpSession laptop = signIn(OLD_PASSWORD);
		MockHttpSession phone = signIn(OLD_PASSWORD);
		mvc.perform(get("/bookings").session(laptop)).andExpect(status().isOk());
		mvc.perform(get("/bookings").session(phone)).andExpect(status().isOk());

		reset(requestLink("10.3.0.5", ServiceWorld.CONTACT_EMAIL), "10.3.0.5").andExpect(redirectedUrl("/login?passwordChanged"));

		mvc.perform(get("/bookings").session(laptop)).andExpect(redirectedUrl(StaleSessionFilter.SIGNED_OUT));
		mvc.perform(get("/bookings").session(laptop)).andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/profile").session(phone)).andExpect(redirectedUrl(StaleSessionFilter.SIGNED_OUT));
		mvc.perform(get(StaleSessionFilter.SIGNED_OUT))
			.andExpect(content().string(containsString("was changed, so you were signed out")));

		MockHttpSession afterwards = signIn(NEW_PASSWORD);
		mvc.perform(get("/bookings").session(afterwards)).andExpect(status().isOk());
		mvc.perform(get("/bookings").session(afterwards)).andExpect(status().isOk());
	}

	@Test
	void theLinkIsOnlyInTheCustomersEmailNeitherInTheLogNorInTheEngine() throws Exception {
		String token = requestLink("10.3.0.6", ServiceWorld.CONTACT_EMAIL);

		long id = jdbc.queryForObject("SELECT id FROM notification WHERE type = 'PASSWORD_RESET'", Long.class);
		assertThat(jdbc.queryForObject("SELECT n::text FROM notification n WHERE id = ?", String.class, id))
			.contains(ServiceWorld.CONTACT_EMAIL, "SENT").doesNotContain(token);
		mvc.perform(get("/admin/notifications/{id}", id).with(user("dora").roles("STAFF", "DISPATCHER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ServiceWorld.CONTACT_EMAIL)))
			.andExpect(content().string(containsString("SENT")))
			.andExpect(content().string(not(containsString(token))));
		mvc.perform(get("/admin/notifications").with(user("dora").roles("STAFF", "DISPATCHER")))
			.andExpect(content().string(containsString("PASSWORD_RESET")))
			.andExpect(content().string(not(containsString(token))));
		assertThat(history.createHistoricVariableInstanceQuery().processDefinitionKey(PasswordResetVariables.PROCESS_KEY).list()).extracting(HistoricVariableInstance::getValue)
			.allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(token));

		mvc.perform(get("/password-reset/{token}", token).with(from("10.3.0.6"))).andExpect(status().isOk());
	}

	/** Asks for a link, lets the job send it, and reads the token from the email. */
	private String requestLink(String address, String email) throws Exception {
		mvc.perform(post("/password-reset").with(from(address)).param("email", email).with(csrf()))
			.andExpect(redirectedUrl("/password-reset?sent"));
		Jobs.runDue(management);
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		String body = GreenMailUtil.getBody(received[0]);
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as(body).isTrue();
		return link.group(1);
	}

	private ResultActions reset(String token, String address) throws Exception {
		return mvc.perform(post("/password-reset/{token}", token).with(from(address)).param("password", NEW_PASSWORD)
			.param("confirmation", NEW_PASSWORD).with(csrf()));
	}

	private MockHttpSession signIn(String password) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").param("username", ServiceWorld.CONTACT_EMAIL).param("password", password)
			.with(csrf())).andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
	}

}
