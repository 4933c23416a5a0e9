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
 * whichever node gets the next request; signing out deletes the row. A page that changes nothing of the session
 * writes it only once the last use stored is a minute old.
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
		jdbc.update("DELETE FROM spring_session WHERE principal_name = ?", EMAIL);
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
	void pagesThatChangeNothingOfTheSessionDoNotWriteIt() throws Exception {
		String cookie = signIn();
		assertThat(client.get("/bookings", cookie).statusCode()).isEqualTo(200);
		String stored = storedVersionOf(EMAIL);

		assertThat(client.get("/bookings", cookie).statusCode()).isEqualTo(200);
		assertThat(client.get("/profile", cookie).statusCode()).isEqualTo(200);

		assertThat(storedVersionOf(EMAIL)).as("the session as stored, after two pages").isEqualTo(stored);
		assertThat(client.get("/bookings?lang=de", cookie).statusCode()).isEqualTo(200);
		assertThat(storedVersionOf(EMAIL)).as("the session as stored, after a language chosen").isNotEqualTo(stored);
	}

	@Test
	void theLastUseIsStoredAgainOnceTheStoredOneIsAMinuteOld() throws Exception {
		String cookie = signIn();
		jdbc.update("""
				UPDATE spring_session SET last_access_time = last_access_time - 61000, expiry_time = expiry_time - 61000
				 WHERE principal_name = ?""", EMAIL);
		long movedBack = lastUseOf(EMAIL);

		assertThat(client.get("/bookings", cookie).statusCode()).isEqualTo(200);

		assertThat(lastUseOf(EMAIL)).isGreaterThan(movedBack);
	}

	@Test
	void aSessionCookieThatNamesNoSessionIsIgnored() throws Exception {
		for (String cookie : new String[] { "JSESSIONID=AAAA", "JSESSIONID=not-base64", "JSESSIONID=" + "QUJD".repeat(100) }) {
			assertThat(client.get("/login", cookie).statusCode()).as(cookie).isEqualTo(200);
		}
	}

	private String signIn() throws Exception {
		HttpResponse<String> form = client.get("/login", null);
		HttpResponse<String> signedIn = client.post("/login", CookieClient.sessionCookie(form).orElseThrow(),
				Map.of("username", EMAIL, "password", PASSWORD, "_csrf", CookieClient.csrf(form)));
		return CookieClient.sessionCookie(signedIn).orElseThrow();
	}

	/** The row versions (PostgreSQL's xmin) of the session and its attributes: each write moves them on. */
	private String storedVersionOf(String principal) {
		return jdbc.queryForList("""
				SELECT s.xmin::text || '/' || coalesce(a.attribute_name || ':' || a.xmin::text, '') FROM spring_session s
				  LEFT JOIN spring_session_attributes a ON a.session_primary_id = s.primary_id
				 WHERE s.principal_name = ? ORDER BY a.attribute_name""", String.class, principal).toString();
	}

	private long lastUseOf(String principal) {
		return jdbc.queryForObject("SELECT last_access_time FROM spring_session WHERE principal_name = ?", Long.class, principal);
	}

	private int storedSessionsOf(String principal) {
		return jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?", Integer.class, principal);
	}

}
