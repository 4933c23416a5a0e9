package org.fieldbook.backoffice.signin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser's session with Cockpit over real HTTP: its sign-in goes the way Cockpit's sign-in page goes. */
final class CockpitSession {

	static final String ENGINES = "/camunda/api/engine/engine/";

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

	private final int port;

	CockpitSession(int port) {
		this.port = port;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Opens Cockpit, asks for the engines (as the page does before it signs in), then posts the sign-in. */
	HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		get("/camunda/app/cockpit/default/");
		HttpResponse<String> engines = get(ENGINES);
		if (engines.statusCode() != 200) {
			return engines;
		}
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		HttpRequest signIn = HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/cockpit"))
			.header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
			.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return http.send(signIn, HttpResponse.BodyHandlers.ofString());
	}

	/** The value of the session cookie this browser holds. */
	String sessionCookie() {
		return cookie("JSESSIONID");
	}

	private String cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
