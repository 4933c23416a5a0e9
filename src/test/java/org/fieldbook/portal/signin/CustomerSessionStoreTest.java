package org.fieldbook.portal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.support.CookieClient;
import org.fieldbook.support.DomainTables;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Over real HTTP: a customer's sign-in is a row of {@code spring_session}, so the session cookie alone is honoured by
 * whichever node gets the next request; signing out deletes the row.
 */
@FieldbookIntegrationTest
class CustomerSessionStoreTest {

	private static final String EMAIL = "session-store-customer@example.com";

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Contacts contacts;

	@Autowired
	PortalAccountService portalAccounts;

	CookieClient client;

	@BeforeEach
	void customerWithPortalAccount() {
		DomainTables.truncate(jdbc);
		jdbc.update("INSERT INTO contact (external_id, first_name, last_name, email, language) VALUES ('c1', 'Sam', 'Lee', ?, 'en')", EMAIL);
		portalAccounts.open(contacts.contactByExternalId("c1").orElseThrow(), PASSWORD);
		client = new CookieClient(port);
	}

	@Test
	void signInIsStoredInTheDatabaseAndItsCookieAloneIsHonoured() throws Exception {
		HttpResponse<String> form = client.get("/login", null);
		String anonymous = CookieClient.sessionCookie(form).orElseThrow();

		HttpResponse<String> signedIn = client.post("/login", anonymous,
				Map.of("username", EMAIL, "password", PASSWORD, "_csrf", CookieClient.csrf(form)));

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).contains("/");
		String cookie = CookieClient.sessionCookie(signedIn).orElseThrow();
		assertThat(cookie).as("a new session id at sign-in").isNotEqualTo(anonymous);
		assertThat(storedSessionsOf(EMAIL)).isEqualTo(1);
		HttpResponse<String> bookings = new CookieClient(port).get("/bookings", cookie);
		assertThat(bookings.statusCode()).isEqualTo(200);

		HttpResponse<String> signedOut = client.post("/logout", cookie, Map.of("_csrf", CookieClient.csrf(bookings)));

		assertThat(signedOut.headers().firstValue("Location")).contains("/?signedOut");
		assertThat(storedSessionsOf(EMAIL)).isZero();
		assertThat(client.get("/bookings", cookie).headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void aSessionCookieThatNamesNoSessionIsIgnored() throws Exception {
		for (String cookie : new String[] { "JSESSIONID=AAAA", "JSESSIONID=not-base64", "JSESSIONID=" + "QUJD".repeat(100) }) {
			assertThat(client.get("/login", cookie).statusCode()).as(cookie).isEqualTo(200);
		}
	}

	private int storedSessionsOf(String principal) {
		return jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?", Integer.class, principal);
	}

}
