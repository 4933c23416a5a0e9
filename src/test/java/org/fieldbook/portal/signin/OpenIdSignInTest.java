package org.fieldbook.portal.signin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestPorts;
import org.fieldbook.system.SecretCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sign-in through an OpenID Connect provider (WireMock plays it: token endpoint and signing keys; the ID token is
 * signed here with the nonce Fieldbook asked for). A confirmed email address of a contact signs that contact in.
 */
@FieldbookIntegrationTest
class OpenIdSignInTest {

	@RegisterExtension
	static final WireMockExtension provider = TestPorts.httpPeer();

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	/** One key for the whole class: Fieldbook caches the provider's key set once fetched. */
	static final RSAKey signingKey = newKey();

	ServiceWorld world;

	@BeforeEach
	void providerWithKeys() throws Exception {
		world = worlds.create();
		provider.stubFor(WireMock.get(urlEqualTo("/oidc/jwks")).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody(new JWKSet(signingKey.toPublicJWK()).toString())));
	}

	@Test
	void theSignInPageOffersTheProviderBesideThePassword() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(content().string(containsString("href=\"/oauth2/authorization/test-id\"")))
			.andExpect(content().string(containsString("Sign in with Test ID")))
			.andExpect(content().string(containsString("id=\"password\"")));
	}

	@Test
	void aContactWhoseConfirmedEmailTheProviderVouchesForIsSignedInAndGetsAPortalAccount() throws Exception {
		MockHttpSession session = signInThroughProvider("user-1", Map.of("email", "Sam@Example.com", "email_verified", true), "/");

		mvc.perform(get("/bookings").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("My bookings")));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_account WHERE lower(username) = 'sam@example.com'", Integer.class))
			.isOne();
		assertThat(jdbc.queryForObject("SELECT issuer || ' ' || subject FROM portal_account_identity", String.class))
			.isEqualTo(TestPorts.httpPeerUrl() + "/oidc user-1");
		provider.verify(postRequestedFor(urlEqualTo("/oidc/token")).withRequestBody(WireMock.containing("code=the-code"))
			.withHeader("Authorization", equalTo("Basic ZmllbGRib29rLXBvcnRhbDp0ZXN0LWNsaWVudC1zZWNyZXQ=")));

		jdbc.update("UPDATE contact SET email = 'sam.lee@example.net'");
		MockHttpSession again = signInThroughProvider("user-1", Map.of("email", "sam.lee@example.net", "email_verified", true), "/");
		mvc.perform(get("/bookings").session(again)).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_account", Integer.class))
			.as("the identity, not the address, finds the same account").isOne();

		signInThroughProvider("someone-else", Map.of("email", "sam.lee@example.net", "email_verified", true), "/login?providerFailed");
	}

	@Test
	void aPasswordResetAlsoEndsTheSessionsSignedInThroughTheProvider() throws Exception {
		MockHttpSession session = signInThroughProvider("user-1", Map.of("email", "sam@example.com", "email_verified", true), "/");
		mvc.perform(get("/bookings").session(session)).andExpect(status().isOk());

		jdbc.update("UPDATE portal_account SET credentials_version = credentials_version + 1");

		mvc.perform(get("/bookings").session(session)).andExpect(redirectedUrl(StaleSessionFilter.SIGNED_OUT));
		MockHttpSession again = signInThroughProvider("user-1", Map.of("email", "sam@example.com", "email_verified", true), "/");
		mvc.perform(get("/bookings").session(again)).andExpect(status().isOk());
	}

	@Test
	void theSessionIdChangesAtSignInThroughTheProvider() throws Exception {
		MvcResult toProvider = mvc.perform(get("/oauth2/authorization/test-id")).andReturn();
		MockHttpSession session = (MockHttpSession) toProvider.getRequest().getSession();
		String before = session.getId();

		MvcResult back = comeBack(toProvider, "user-1", Map.of("email", "sam@example.com", "email_verified", true), "/");

		assertThat(back.getRequest().getSession().getId()).isNotEqualTo(before);
	}

	@Test
	void anExistingPasswordAccountIsNotTakenOverNorIsAnAddressTwoContactsShare() throws Exception {
		portalAccounts.open(contacts.contactByExternalId("c-sam").orElseThrow(), "a quiet lake in autumn");
		signInThroughProvider("user-1", Map.of("email", "sam@example.com", "email_verified", true), "/login?providerFailed");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_account_identity", Integer.class)).isZero();

		jdbc.update("INSERT INTO contact (external_id, first_name, last_name, email, language) VALUES ('c-kim', 'Kim', 'Park', 'shared@example.com', 'en')");
		jdbc.update("INSERT INTO contact (external_id, first_name, last_name, email, language) VALUES ('c-jo', 'Jo', 'Park', 'shared@example.com', 'en')");
		signInThroughProvider("user-2", Map.of("email", "shared@example.com", "email_verified", true), "/login?providerFailed");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_account", Integer.class)).as("only Sam's own").isOne();
	}

	@Test
	void aDisabledAccountStaysClosedToItsProviderIdentity() throws Exception {
		signInThroughProvider("user-1", Map.of("email", "sam@example.com", "email_verified", true), "/");
		jdbc.update("UPDATE portal_account SET enabled = false");

		signInThroughProvider("user-1", Map.of("email", "sam@example.com", "email_verified", true), "/login?providerFailed");
	}

	@Test
	void anUnconfirmedOrUnknownEmailAddressIsRefusedWithAClearMessage() throws Exception {
		MockHttpSession unconfirmed = signInThroughProvider("user-1", Map.of("email", "sam@example.com", "email_verified", false),
				"/login?providerFailed");
		mvc.perform(get("/bookings").session(unconfirmed)).andExpect(status().isFound());

		signInThroughProvider("user-9", Map.of("email", "stranger@example.org", "email_verified", true), "/login?providerFailed");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_account", Integer.class)).isZero();

		mvc.perform(get("/login").param("providerFailed", ""))
			.andExpect(content().string(containsString("has to be confirmed by the provider")));
	}

	@Test
	void withPasswordsOffTheProviderIsTheOnlyWayInAndAnInvitationOpensTheAccountThroughIt() throws Exception {
		world.setting("password_sign_in", false);
		jdbc.update("INSERT INTO contact (external_id, first_name, last_name, email, language) VALUES ('c-lea', 'Lea', 'Park', 'lea@example.com', 'en')");
		portalAccounts.open(contacts.contactByExternalId("c-lea").orElseThrow(), "an older password of Lea");

		mvc.perform(get("/login"))
			.andExpect(content().string(containsString("Sign in with Test ID")))
			.andExpect(content().string(not(containsString("id=\"password\""))))
			.andExpect(content().string(not(containsString("Forgot your password?"))));
		MvcResult refused = mvc.perform(post("/login").param("username", "lea@example.com").param("password", "an older password of Lea")
			.with(csrf())).andExpect(redirectedUrl("/login")).andReturn();
		mvc.perform(get("/bookings").session((MockHttpSession) refused.getRequest().getSession()))
			.andExpect(status().isFound());
		mvc.perform(get("/password-reset")).andExpect(status().isNotFound());

		String code = SecretCodes.newCode();
		jdbc.update("INSERT INTO invitation (contact_id, email, code_hash, expires_at) VALUES (?, ?, ?, ?)", world.contactId,
				ServiceWorld.CONTACT_EMAIL, SecretCodes.hash(code), Timestamp.from(clock.instant().plusSeconds(3600)));
		MvcResult invitation = mvc.perform(get("/invitation/{code}", code))
			.andExpect(content().string(containsString("Sign in with Test ID")))
			.andExpect(content().string(not(containsString("id=\"password\""))))
			.andReturn();
		mvc.perform(post("/invitation/{code}", code).param("password", "a quiet lake in autumn")
			.param("confirmation", "a quiet lake in autumn").with(csrf())).andExpect(status().isNotFound());

		MockHttpSession session = (MockHttpSession) invitation.getRequest().getSession();
		MvcResult toProvider = mvc.perform(get("/oauth2/authorization/test-id").session(session)).andReturn();
		comeBack(toProvider, "user-1", Map.of("email", ServiceWorld.CONTACT_EMAIL, "email_verified", true), "/profile?welcome");
		assertThat(jdbc.queryForObject("SELECT status FROM invitation", String.class)).isEqualTo("REDEEMED");
		signInThroughProvider("user-lea", Map.of("email", "lea@example.com", "email_verified", true), "/");
		assertThat(jdbc.queryForObject("""
				SELECT i.subject FROM portal_account_identity i JOIN portal_account p ON p.id = i.portal_account_id
				 WHERE p.username = 'lea@example.com'""", String.class))
			.as("with passwords off, Lea's password account is linked to her identity").isEqualTo("user-lea");
	}

	@Test
	void anInvitationIsRedeemedOnlyByTheContactItWasFor() throws Exception {
		world.setting("password_sign_in", false);
		jdbc.update("INSERT INTO contact (external_id, first_name, last_name, email, language) VALUES ('c-kim', 'Kim', 'Park', 'kim@example.com', 'en')");
		String samsCode = SecretCodes.newCode();
		jdbc.update("INSERT INTO invitation (contact_id, email, code_hash, expires_at) VALUES (?, ?, ?, ?)", world.contactId,
				ServiceWorld.CONTACT_EMAIL, SecretCodes.hash(samsCode), Timestamp.from(clock.instant().plusSeconds(3600)));

		MvcResult samsLink = mvc.perform(get("/invitation/{code}", samsCode)).andReturn();
		MvcResult toProvider = mvc.perform(get("/oauth2/authorization/test-id")
			.session((MockHttpSession) samsLink.getRequest().getSession())).andReturn();
		MvcResult kim = comeBack(toProvider, "user-kim", Map.of("email", "kim@example.com", "email_verified", true), "/");

		assertThat(jdbc.queryForObject("SELECT status FROM invitation", String.class)).as("still Sam's to use").isEqualTo("PENDING");
		assertThat(kim.getRequest().getSession().getAttribute(InvitationSignIn.PENDING_INVITATION)).isNull();
	}

	/** Starts at Fieldbook, "comes back" from the provider with a code, and expects Fieldbook to send the browser on. */
	private MockHttpSession signInThroughProvider(String subject, Map<String, Object> claims, String expectedLanding)
			throws Exception {
		MvcResult toProvider = mvc.perform(get("/oauth2/authorization/test-id")).andExpect(status().isFound()).andReturn();
		return (MockHttpSession) comeBack(toProvider, subject, claims, expectedLanding).getRequest().getSession();
	}

	private MvcResult comeBack(MvcResult toProvider, String subject, Map<String, Object> claims, String expectedLanding)
			throws Exception {
		UriComponents authorize = UriComponentsBuilder.fromUriString(toProvider.getResponse().getRedirectedUrl()).build();
		assertThat(authorize.getPath()).isEqualTo("/oidc/authorize");
		assertThat(authorize.getQueryParams().getFirst("client_id")).isEqualTo("fieldbook-portal");
		String state = decode(authorize.getQueryParams().getFirst("state"));
		String nonce = decode(authorize.getQueryParams().getFirst("nonce"));

		provider.stubFor(WireMock.post(urlEqualTo("/oidc/token")).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"openid email\","
					+ "\"id_token\":\"" + idToken(subject, claims, nonce) + "\"}")));

		MockHttpSession session = (MockHttpSession) toProvider.getRequest().getSession();
		return mvc.perform(get("/login/oauth2/code/test-id").session(session).param("code", "the-code").param("state", state))
			.andExpect(redirectedUrl(expectedLanding))
			.andReturn();
	}

	private String idToken(String subject, Map<String, Object> claims, String nonce) throws Exception {
		// Spring Security checks the token's times on the system clock, not on the application's.
		Instant now = Instant.now();
		JWTClaimsSet.Builder token = new JWTClaimsSet.Builder().issuer(TestPorts.httpPeerUrl() + "/oidc")
			.subject(subject)
			.audience("fieldbook-portal")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)))
			.claim("nonce", nonce);
		claims.forEach(token::claim);
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), token.build());
		jwt.sign(new RSASSASigner(signingKey));
		return jwt.serialize();
	}

	private static RSAKey newKey() {
		try {
			return new RSAKeyGenerator(2048).keyID("test-key").generate();
		}
		catch (com.nimbusds.jose.JOSEException failed) {
			throw new IllegalStateException(failed);
		}
	}

	private static String decode(String queryValue) {
		return java.net.URLDecoder.decode(queryValue, java.nio.charset.StandardCharsets.UTF_8);
	}

}
