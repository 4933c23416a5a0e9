package org.fieldbook.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.fieldbook.support.FieldbookIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP: the session cookie is HttpOnly and SameSite, and behind a TLS-terminating proxy
 * (X-Forwarded-Proto from a trusted address) it is Secure and HSTS is announced; over plain HTTP neither.
 */
@FieldbookIntegrationTest
class TransportSecurityTest {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Test
	void plainHttpGetsAnHttpOnlySameSiteCookieAndNoHsts() throws Exception {
		HttpResponse<String> page = signInPage(HttpRequest.newBuilder(signIn()));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
		String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("frame-ancestors 'none'", "default-src 'self'").doesNotContain("unsafe-inline");
	}

	@Test
	void behindATlsProxyTheCookieIsSecureAndHstsIsAnnounced() throws Exception {
		HttpResponse<String> page = signInPage(HttpRequest.newBuilder(signIn()).header("X-Forwarded-Proto", "https"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=31536000",
				"includeSubDomains");
		assertThat(page.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure", "HttpOnly", "SameSite=Lax");
	}

	private URI signIn() {
		return URI.create("http://localhost:" + port + "/login");
	}

	private HttpResponse<String> signInPage(HttpRequest.Builder request) throws Exception {
		return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
