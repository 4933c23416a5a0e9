package org.fieldbook.backoffice.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.fieldbook.support.CookieClient;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Over real HTTP: a staff sign-in to the back office, and one to Cockpit, are rows of {@code spring_session}, so the
 * session cookie alone is honoured by whichever node gets the next request.
 */
@FieldbookIntegrationTest
class StaffSessionStoreTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void backOfficeSignInIsStoredInTheDatabaseAndItsCookieAloneIsHonoured() throws Exception {
		CookieClient client = new CookieClient(port);
		HttpResponse<String> form = client.get("/admin/login", null);
		String anonymous = CookieClient.sessionCookie(form).orElseThrow();
		int before = storedSessionsOf("admin");

		HttpResponse<String> signedIn = client.post("/admin/login", anonymous,
				Map.of("username", "admin", "password", "admin", "_csrf", CookieClient.csrf(form)));

		assertThat(signedIn.headers().firstValue("Location")).contains("/admin");
		String cookie = CookieClient.sessionCookie(signedIn).orElseThrow();
		assertThat(cookie).as("a new session id at sign-in").isNotEqualTo(anonymous);
		assertThat(storedSessionsOf("admin")).isEqualTo(before + 1);
		HttpResponse<String> overview = new CookieClient(port).get("/admin/audit", cookie);
		assertThat(overview.statusCode()).isEqualTo(200);

		client.post("/admin/logout", cookie, Map.of("_csrf", CookieClient.csrf(overview)));

		assertThat(storedSessionsOf("admin")).isEqualTo(before);
		assertThat(client.get("/admin/audit", cookie).headers().firstValue("Location").orElseThrow()).endsWith("/admin/login");
	}

	@Test
	void cockpitSignInIsStoredInTheDatabaseAndItsCookieAloneIsHonoured() throws Exception {
		CockpitSession cockpit = new CockpitSession(port);
		assertThat(cockpit.signIn("admin", "admin").statusCode()).isEqualTo(200);
		String cookie = cockpit.sessionCookie();

		assertThat(jdbc.queryForObject("SELECT count(*) FROM spring_session s JOIN spring_session_attributes a "
				+ "ON a.session_primary_id = s.primary_id WHERE s.session_id = ? AND a.attribute_name = 'authenticatedUser'",
				Integer.class, sessionId(cookie))).isEqualTo(1);
		HttpResponse<String> engines = new CookieClient(port).get(CockpitSession.ENGINES, CookieClient.SESSION_COOKIE + "=" + cookie);
		assertThat(engines.body()).as("the engine list is named only to staff signed in to the webapps").contains("default");
	}

	private int storedSessionsOf(String principal) {
		return jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?", Integer.class, principal);
	}

	/** The cookie carries the session id in Base64 (Spring Session's cookie serializer). */
	private static String sessionId(String cookieValue) {
		return new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.UTF_8);
	}

}
