package org.fieldbook.portal.signin;

import static org.fieldbook.support.RemoteAddress.from;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldbook.support.FieldbookIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Ten failures in 15 minutes from one address (or on one account) and the next attempt is asked to wait. */
@FieldbookIntegrationTest
class ThrottleTest {

	@Autowired
	MockMvc mvc;

	@Test
	void guessingSignInsAreStoppedPerAddressAndPerAccount() throws Exception {
		for (int attempt = 0; attempt < AttemptThrottle.MAX_FAILURES; attempt++) {
			mvc.perform(post("/login").with(from("10.1.0.1")).param("username", "victim@example.com").param("password", "guess" + attempt)
				.with(csrf())).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(post("/login").with(from("10.1.0.1")).param("username", "other@example.com").param("password", "x").with(csrf()))
			.andExpect(redirectedUrl("/login?throttled"));
		mvc.perform(post("/login").with(from("10.1.0.2")).param("username", "victim@example.com").param("password", "x").with(csrf()))
			.andExpect(redirectedUrl("/login?throttled"));
		mvc.perform(get("/login").param("throttled", "")).andExpect(content().string(containsString("wait 15 minutes")));
		mvc.perform(post("/login").with(from("10.1.0.3")).param("username", "someone@example.com").param("password", "x").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void guessingInvitationAndLinkCodesIsStoppedPerAddress() throws Exception {
		for (int attempt = 0; attempt < AttemptThrottle.MAX_FAILURES / 2; attempt++) {
			mvc.perform(get("/invitation/{code}", "guess-" + attempt).with(from("10.2.0.1"))).andExpect(status().isNotFound());
			mvc.perform(get("/b/{code}", "guess-" + attempt).with(from("10.2.0.1"))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/b/{code}", "one-more").with(from("10.2.0.1"))).andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("try again")));
		mvc.perform(get("/invitation/{code}", "one-more").with(from("10.2.0.1"))).andExpect(status().isTooManyRequests());
		mvc.perform(get("/invitation/{code}", "one-more").with(from("10.2.0.2"))).andExpect(status().isNotFound());
	}

}
