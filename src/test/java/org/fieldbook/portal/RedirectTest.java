package org.fieldbook.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.support.RemoteAddress.from;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.fieldbook.support.FieldbookIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Redirects carry what a visitor typed encoded, never expanded as a URI template nor split by a line break, and
 * their Location names no host, whatever Host or X-Forwarded-Host the request claimed.
 */
@FieldbookIntegrationTest
class RedirectTest {

	/** The page asked for, and where it sends a visitor who is not signed in. */
	private static final Map<String, String> REDIRECTS = Map.of("/invitation?code=abc", "/invitation/abc", "/schedule", "/login",
			"/admin", "/admin/login");

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	void aTypedInvitationCodeIsPutIntoTheLinkEncoded() throws Exception {
		mvc.perform(get("/invitation").param("code", " {x} ")).andExpect(redirectedUrl("/invitation/%7Bx%7D"));
		mvc.perform(get("/invitation").param("code", "a\r\nSet-Cookie: b")).andExpect(redirectedUrl("/invitation/a%0D%0ASet-Cookie:%20b"));
		mvc.perform(get("/invitation").param("code", "a/../b?c=d#e+f")).andExpect(redirectedUrl("/invitation/a%2F..%2Fb%3Fc=d%23e%2Bf"));
		mvc.perform(get("/invitation").param("code", " ")).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"code\"")));

		mvc.perform(get("/invitation/{code}", "{x}").with(from("10.13.0.1"))).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This invitation cannot be used")));
	}

	@Test
	void theLocationNamesNoHostThatTheRequestClaimed() throws Exception {
		// Through a "proxy" that is Fieldbook itself, the request line and Host name evil.example: what a browser
		// sends for that host when its DNS points at us. X-Forwarded-Host is what a misconfigured proxy passes on.
		HttpClient asEvilHost = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.proxy(ProxySelector.of(new InetSocketAddress("localhost", port)))
			.build();
		HttpClient direct = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

		for (Map.Entry<String, String> redirect : REDIRECTS.entrySet()) {
			HttpResponse<Void> hostHeader = asEvilHost.send(HttpRequest.newBuilder(URI.create("http://evil.example" + redirect.getKey())).build(),
					HttpResponse.BodyHandlers.discarding());
			HttpResponse<Void> forwardedHost = direct.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + redirect.getKey()))
				.header("X-Forwarded-Host", "evil.example").build(), HttpResponse.BodyHandlers.discarding());

			for (HttpResponse<Void> response : List.of(hostHeader, forwardedHost)) {
				assertThat(response.statusCode()).as(redirect.getKey()).isEqualTo(302);
				assertThat(response.headers().firstValue("Location")).as(redirect.getKey()).contains(redirect.getValue());
			}
		}
	}

}
