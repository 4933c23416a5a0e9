package org.fieldbook.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A client over real HTTP that keeps no cookies of its own: each request carries exactly the session cookie it is
 * given, so a test shows that the cookie alone carries a sign-in.
 */
public final class CookieClient {

	public static final String SESSION_COOKIE = "JSESSIONID";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	public CookieClient(int port) {
		this.port = port;
	}

	public HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
		return send(request(path, cookie).GET());
	}

	public HttpResponse<String> post(String path, String cookie, Map<String, String> form)
			throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(path, cookie).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** The session cookie the response sets ({@code JSESSIONID=…}), if it sets one. */
	public static Optional<String> sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith(SESSION_COOKIE + "="))
			.map(cookie -> cookie.split(";", 2)[0])
			.findFirst();
	}

	/** The CSRF token of the page's first form. */
	public static String csrf(HttpResponse<String> page) {
		Matcher token = CSRF.matcher(page.body());
		if (!token.find()) {
			throw new AssertionError("no CSRF token on the page (" + page.statusCode() + ")");
		}
		return token.group(1) != null ? token.group(1) : token.group(2);
	}

	private HttpRequest.Builder request(String path, String cookie) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		return cookie == null ? request : request.header("Cookie", cookie);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
