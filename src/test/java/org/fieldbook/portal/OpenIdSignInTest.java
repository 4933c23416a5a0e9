package org.fieldbook.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.camunda.bpm.engine.RuntimeService;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorld;
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
	static final WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().port(18089)).build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	RSAKey signingKey;

	@BeforeEach
	void providerWithKeys() throws Exception {
		ServiceWorld.create(jdbc, runtime);
		signingKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
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
		MockHttpSession session = signInThroughProvider(Map.of("email", "Sam@Example.com", "email_verified", true), "/");

		mvc.perform(get("/bookings").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("My bookings")));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_account WHERE lower(username) = 'sam@example.com'", Integer.class))
			.isOne();
		provider.verify(postRequestedFor(urlEqualTo("/oidc/token")).withRequestBody(WireMock.containing("code=the-code"))
			.withHeader("Authorization", equalTo("Basic ZmllbGRib29rLXBvcnRhbDp0ZXN0LWNsaWVudC1zZWNyZXQ=")));

		signInThroughProvider(Map.of("email", "sam@example.com", "email_verified", true), "/");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_account", Integer.class)).as("the same account again").isOne();
	}

	@Test
	void anUnconfirmedOrUnknownEmailAddressIsRefusedWithAClearMessage() throws Exception {
		MockHttpSession unconfirmed = signInThroughProvider(Map.of("email", "sam@example.com", "email_verified", false),
				"/login?providerFailed");
		mvc.perform(get("/bookings").session(unconfirmed)).andExpect(status().isFound());

		signInThroughProvider(Map.of("email", "stranger@example.org", "email_verified", true), "/login?providerFailed");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_account", Integer.class)).isZero();

		mvc.perform(get("/login").param("providerFailed", ""))
			.andExpect(content().string(containsString("has to be confirmed by the provider")));
	}

	/** Starts at Fieldbook, "comes back" from the provider with a code, and expects Fieldbook to send the browser on. */
	private MockHttpSession signInThroughProvider(Map<String, Object> claims, String expectedLanding) throws Exception {
		MvcResult toProvider = mvc.perform(get("/oauth2/authorization/test-id")).andExpect(status().isFound()).andReturn();
		UriComponents authorize = UriComponentsBuilder.fromUriString(toProvider.getResponse().getRedirectedUrl()).build();
		assertThat(authorize.getPath()).isEqualTo("/oidc/authorize");
		assertThat(authorize.getQueryParams().getFirst("client_id")).isEqualTo("fieldbook-portal");
		String state = decode(authorize.getQueryParams().getFirst("state"));
		String nonce = decode(authorize.getQueryParams().getFirst("nonce"));

		provider.stubFor(WireMock.post(urlEqualTo("/oidc/token")).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"openid email\","
					+ "\"id_token\":\"" + idToken(claims, nonce) + "\"}")));

		MockHttpSession session = (MockHttpSession) toProvider.getRequest().getSession();
		mvc.perform(get("/login/oauth2/code/test-id").session(session).param("code", "the-code").param("state", state))
			.andExpect(redirectedUrl(expectedLanding));
		return session;
	}

	private String idToken(Map<String, Object> claims, String nonce) throws Exception {
		Instant now = Instant.now();
		JWTClaimsSet.Builder token = new JWTClaimsSet.Builder().issuer("http://localhost:18089/oidc")
			.subject("user-" + claims.get("email"))
			.audience("fieldbook-portal")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)))
			.claim("nonce", nonce);
		claims.forEach(token::claim);
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), token.build());
		jwt.sign(new RSASSASigner(signingKey));
		return jwt.serialize();
	}

	private static String decode(String queryValue) {
		return java.net.URLDecoder.decode(queryValue, java.nio.charset.StandardCharsets.UTF_8);
	}

}
