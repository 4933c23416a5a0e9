package org.fieldbook.backoffice.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.support.RemoteAddress.from;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.TestClock;
import org.fieldbook.system.AttemptThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Staff sign-ins by form, by HTTP Basic on the APIs and the engine REST API, and through Cockpit are throttled
 * alike, so that guessing never reaches the engine's permanent lock: once the window has passed, the right password
 * works again everywhere. A staff user of the test's own (in {@code camunda-admin}, so that every way in accepts
 * it), failing at an instant of the test's own.
 */
@FieldbookIntegrationTest
class StaffThrottleTest {

	private static final String USER = "stella";

	private static final String PASSWORD = "guarding-the-back-office";

	/** Time passes between guesses, as it does for the engine's own count of failures; 120 of them fit the window. */
	private static final Duration GUESSING_PACE = Duration.ofSeconds(5);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestRestTemplate http;

	@Autowired
	IdentityService identityService;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	@BeforeEach
	void staffUser() {
		User stella = identityService.newUser(USER);
		stella.setPassword(PASSWORD);
		identityService.saveUser(stella);
		identityService.createMembership(USER, StaffAuthenticationProvider.ADMIN_GROUP);
	}

	@AfterEach
	void removeStaffUser() {
		identityService.deleteUser(USER);
	}

	@Test
	void guessingFromEverywhereNeverLocksAStaffUserOutForGood() throws Exception {
		clock.set(TestClock.DEFAULT.plus(Duration.ofDays(4001)));
		for (int attempt = 0; attempt < AttemptThrottle.ACCOUNT_FAILURES + 20; attempt++) {
			clock.advance(GUESSING_PACE);
			String guesser = "10.60." + attempt / 3 + ".1";
			boolean throttled = attempt >= AttemptThrottle.ACCOUNT_FAILURES;
			switch (attempt % 3) {
				case 0 -> mvc.perform(signInForm(guesser, "guess"))
					.andExpect(redirectedUrl(throttled ? "/admin/login?throttled" : "/admin/login?error"));
				case 1 -> mvc.perform(get("/api/v1/bookings").with(from(guesser)).with(httpBasic(USER, "guess")))
					.andExpect(status().is(throttled ? 429 : 401));
				default -> mvc.perform(get("/engine-rest/engine").with(from(guesser)).with(httpBasic(USER, "guess")))
					.andExpect(status().is(throttled ? 429 : 401));
			}
		}

		mvc.perform(signInForm("10.61.0.1", PASSWORD)).andExpect(redirectedUrl("/admin/login?throttled"));
		mvc.perform(get("/engine-rest/engine").with(from("10.61.0.1")).with(httpBasic(USER, PASSWORD)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(containsString("\"status\":429")));
		assertThat(new CockpitSession(port).signIn(USER, PASSWORD).statusCode()).isEqualTo(429);

		clock.advance(AttemptThrottle.WINDOW);
		mvc.perform(signInForm("10.61.0.1", PASSWORD)).andExpect(redirectedUrl("/admin"));
		assertThat(http.withBasicAuth(USER, PASSWORD).getForEntity("/engine-rest/engine", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(new CockpitSession(port).signIn(USER, PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void cockpitsSignInCountsAndIsThrottled() throws Exception {
		clock.set(TestClock.DEFAULT.plus(Duration.ofDays(4002)));
		for (int attempt = 0; attempt < AttemptThrottle.ACCOUNT_FROM_ADDRESS_FAILURES; attempt++) {
			clock.advance(GUESSING_PACE);
			assertThat(new CockpitSession(port).signIn(USER, "guess" + attempt).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> throttled = new CockpitSession(port).signIn(USER, PASSWORD);
		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		assertThat(throttled.body()).contains("\"status\":429", "try again in 15 minutes");
		mvc.perform(signInForm("10.62.0.1", PASSWORD)).andExpect(redirectedUrl("/admin"));

		clock.advance(AttemptThrottle.WINDOW);
		assertThat(new CockpitSession(port).signIn(USER, PASSWORD).statusCode()).isEqualTo(200);
	}

	private MockHttpServletRequestBuilder signInForm(String address, String password) {
		return post("/admin/login").with(from(address)).param("username", USER).param("password", password).with(csrf());
	}

}
