package org.fieldbook.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.LoopbackClient;
import org.fieldbook.system.AttemptThrottle;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP: the session cookie is HttpOnly and SameSite, and behind a TLS-terminating proxy
 * (X-Forwarded-Proto from a trusted address) it is Secure and HSTS is announced; over plain HTTP neither. Forwarded
 * headers count only from the trusted proxy (the test profile's {@code fieldbook.trusted-proxies}: 127.0.0.1).
 */
@FieldbookIntegrationTest
class TransportSecurityTest {

	private static final String UNTRUSTED = "127.0.0.3";

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

	@Test
	void forwardedProtoFromAnUntrustedClientIsIgnored() throws Exception {
		LoopbackClient.Response page = new LoopbackClient(UNTRUSTED, port).get("/login", Map.of("X-Forwarded-Proto", "https"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Strict-Transport-Security")).isEmpty();
		assertThat(page.header("Set-Cookie").orElseThrow()).doesNotContain("Secure");
	}

	@Test
	void forwardedForFromAnUntrustedClientIsIgnored() throws Exception {
		LoopbackClient client = new LoopbackClient(UNTRUSTED, port);
		for (int attempt = 0; attempt < AttemptThrottle.ADDRESS_FAILURES; attempt++) {
			assertThat(client.get("/invitation/guess-" + attempt, Map.of("X-Forwarded-For", "203.0.113." + attempt)).status())
				.isEqualTo(404);
		}

		assertThat(client.get("/invitation/one-more", Map.of("X-Forwarded-For", "203.0.113.99")).status())
			.as("counted against the connection's own address").isEqualTo(429);
	}

	@Test
	void theTrustedProxyGivesTheClientsAddress() throws Exception {
		LoopbackClient proxy = new LoopbackClient("127.0.0.1", port);
		for (int attempt = 0; attempt < AttemptThrottle.ADDRESS_FAILURES; attempt++) {
			assertThat(proxy.get("/invitation/guess-" + attempt, Map.of("X-Forwarded-For", "203.0.113.150")).status())
				.isEqualTo(404);
		}

		assertThat(proxy.get("/invitation/one-more", Map.of("X-Forwarded-For", "203.0.113.150")).status()).isEqualTo(429);
		assertThat(proxy.get("/invitation/one-more", Map.of("X-Forwarded-For", "203.0.113.151")).status()).isEqualTo(404);
	}

	private URI signIn() {
		return URI.create("http://localhost:" + port + "/login");
	}

	private HttpResponse<String> signInPage(HttpRequest.Builder request) throws Exception {
		return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
