package org.fieldbook.portal.signin;

import static org.fieldbook.support.RemoteAddress.from;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestClock;
import org.fieldbook.system.AttemptThrottle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Failed sign-ins count per address, per account and per account from one address, the account as the sign-in
 * looks it up; failed codes per address. Each sign-in test fails at an instant of its own, so that the failures
 * on the world's one customer count for no other test once the clock is back.
 */
@FieldbookIntegrationTest
class ThrottleTest {

	private static final String OWNER = ServiceWorld.CONTACT_EMAIL;

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	@Autowired
	TestClock clock;

	@Test
	void aStrangersGuessesDoNotLockTheOwnerOut() throws Exception {
		customerAt(1);
		for (int attempt = 0; attempt < AttemptThrottle.ACCOUNT_FROM_ADDRESS_FAILURES; attempt++) {
			signIn("10.11.0.1", attempt % 2 == 0 ? OWNER : "SAM@EXAMPLE.COM", "guess" + attempt)
				.andExpect(redirectedUrl("/login?error"));
		}

		signIn("10.11.0.1", OWNER, PortalSignIn.PASSWORD).andExpect(redirectedUrl("/login?throttled"));
		signIn("10.11.0.2", OWNER, PortalSignIn.PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void guessingFromManyAddressesIsStoppedPerAccountWhateverTheSpelling() throws Exception {
		customerAt(2);
		List<String> spellings = List.of(OWNER, "SAM@EXAMPLE.COM", " Sam@Example.com", "sam@example.com\t", "\u2003sam@example.com");
		for (int attempt = 0; attempt < AttemptThrottle.ACCOUNT_FAILURES; attempt++) {
			signIn("10.12." + attempt / 2 + ".1", spellings.get(attempt % spellings.size()), "guess" + attempt)
				.andExpect(redirectedUrl("/login?error"));
		}

		for (String spelling : List.of(" sam@example.com", "SAM@EXAMPLE.COM ", "\u2003Sam@example.com")) {
			signIn("10.12.200.1", spelling, PortalSignIn.PASSWORD).andExpect(redirectedUrl("/login?throttled"));
		}
		clock.advance(AttemptThrottle.WINDOW);
		signIn("10.12.200.1", " sam@example.com", PortalSignIn.PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void guessingFromOneAddressIsStoppedForEveryAccount() throws Exception {
		customerAt(3);
		for (int attempt = 0; attempt < AttemptThrottle.SIGN_IN_ADDRESS_FAILURES; attempt++) {
			signIn("10.13.0.1", "someone" + attempt + "@example.com", "x").andExpect(redirectedUrl("/login?error"));
		}

		signIn("10.13.0.1", OWNER, PortalSignIn.PASSWORD).andExpect(redirectedUrl("/login?throttled"));
		signIn("10.13.0.2", "someone0@example.com", "x").andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("throttled", "")).andExpect(content().string(containsString("wait 15 minutes")));
	}

	@Test
	void guessingInvitationAndLinkCodesIsStoppedPerAddress() throws Exception {
		for (int attempt = 0; attempt < AttemptThrottle.ADDRESS_FAILURES / 2; attempt++) {
			mvc.perform(get("/invitation/{code}", "guess-" + attempt).with(from("10.2.0.1"))).andExpect(status().isNotFound());
			mvc.perform(get("/b/{code}", "guess-" + attempt).with(from("10.2.0.1"))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/b/{code}", "one-more").with(from("10.2.0.1"))).andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("try again")));
		mvc.perform(get("/invitation/{code}", "one-more").with(from("10.2.0.1"))).andExpect(status().isTooManyRequests());
		mvc.perform(get("/invitation/{code}", "one-more").with(from("10.2.0.2"))).andExpect(status().isNotFound());
	}

	/** The world's customer with a password, at an instant of this test's own. */
	private void customerAt(int test) {
		clock.set(TestClock.DEFAULT.plus(Duration.ofDays(3000 + test)));
		ServiceWorld world = worlds.create();
		portalAccounts.open(contacts.contact(world.contactId).orElseThrow(), PortalSignIn.PASSWORD);
	}

	private ResultActions signIn(String address, String username, String password) throws Exception {
		return mvc.perform(post("/login").with(from(address)).param("username", username).param("password", password).with(csrf()));
	}

}
