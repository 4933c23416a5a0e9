package org.fieldbook.portal.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.support.RemoteAddress.from;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.support.AtFixedInstants;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestClock;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Password reset: a link by email that works once within the hour; the page answers the same for unknown addresses. */
@FieldbookIntegrationTest
class PasswordResetTest {

	private static final Pattern LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]{22})");

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
	TestClock clock;

	@BeforeEach
	void account() {
		ServiceWorld world = worlds.create();
		portalAccounts.open(contacts.contact(world.contactId).orElseThrow(), "the old password here");
	}

	@AtFixedInstants
	void theEmailedLinkSetsANewPasswordOnce() throws Exception {
		mvc.perform(post("/password-reset").with(from("10.3.0.1")).param("email", "SAM@example.com").with(csrf()))
			.andExpect(redirectedUrl("/password-reset?sent"));

		assertThat(smtp.getReceivedMessages()).hasSize(1);
		String body = GreenMailUtil.getBody(smtp.getReceivedMessages()[0]);
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as(body).isTrue();
		String token = link.group(1);
		assertThat(jdbc.queryForObject("SELECT body FROM notification WHERE type = 'PASSWORD_RESET'", String.class))
			.doesNotContain(token);

		mvc.perform(get("/password-reset/{token}", token).with(from("10.3.0.1"))).andExpect(status().isOk());
		mvc.perform(post("/password-reset/{token}", token).with(from("10.3.0.1")).param("password", "short")
			.param("confirmation", "short").with(csrf())).andExpect(status().isUnprocessableEntity());
		mvc.perform(post("/password-reset/{token}", token).with(from("10.3.0.1")).param("password", "a brand new password")
			.param("confirmation", "a brand new password").with(csrf())).andExpect(redirectedUrl("/login?passwordChanged"));

		mvc.perform(post("/login").param("username", ServiceWorld.CONTACT_EMAIL).param("password", "a brand new password")
			.with(csrf())).andExpect(redirectedUrl("/"));
		mvc.perform(post("/password-reset/{token}", token).with(from("10.3.0.1")).param("password", "another new password")
			.param("confirmation", "another new password").with(csrf())).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("no longer works")));
	}

	@AtFixedInstants
	void anExpiredLinkOrAnUnknownAddressGivesNothingAway() throws Exception {
		mvc.perform(post("/password-reset").with(from("10.3.0.2")).param("email", "nobody@example.com").with(csrf()))
			.andExpect(redirectedUrl("/password-reset?sent"));
		assertThat(smtp.getReceivedMessages()).isEmpty();

		mvc.perform(post("/password-reset").with(from("10.3.0.2")).param("email", ServiceWorld.CONTACT_EMAIL).with(csrf()));
		Matcher link = LINK.matcher(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]));
		assertThat(link.find()).isTrue();
		clock.advance(Duration.ofMinutes(59));
		mvc.perform(get("/password-reset/{token}", link.group(1)).with(from("10.3.0.2"))).andExpect(status().isOk());
		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		mvc.perform(get("/password-reset/{token}", link.group(1)).with(from("10.3.0.2"))).andExpect(status().isNotFound());
	}

}
