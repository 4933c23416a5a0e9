package org.fieldbook.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's worth of HTTP on loopback: its own cookies (the session), redirects not followed (the benchmark
 * reads where a form sends it), and the CSRF token of the last page that had a form.
 */
final class WebSession {

	/** What came back, and how long it took on the client's side. */
	record Page(int status, String location, String body, long nanos) {

		boolean redirectsTo(String part) {
			return status / 100 == 3 && location.contains(part);
		}

	}

	private static final Pattern CSRF = Pattern
		.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient client;

	private final String origin;

	private String csrf;

	WebSession(int port) {
		this.origin = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(TIMEOUT)
			.build();
	}

	Page get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(origin + path)).GET());
	}

	/** Posts the form with the session's CSRF token, as the page that showed the form would. */
	Page post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrf);
		String body = form.entrySet()
			.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(origin + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** The values of a page's inputs of that name, in page order (the offered times: {@code slot}). */
	static List<String> values(Page page, String name) {
		Matcher input = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
		List<String> values = new ArrayList<>();
		while (input.find()) {
			values.add(input.group(1).replace("&#39;", "'").replace("&amp;", "&"));
		}
		return values;
	}

	private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
		long started = System.nanoTime();
		HttpResponse<String> response = client.send(request.timeout(TIMEOUT).build(),
				HttpResponse.BodyHandlers.ofString());
		long nanos = System.nanoTime() - started;
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			csrf = token.group(1) != null ? token.group(1) : token.group(2);
		}
		return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""), response.body(),
				nanos);
	}

}
