package org.fieldbook.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * One person's browser, which a load balancer sends to any node: its cookies (whatever the nodes set, the session
 * cookie among them) go with every request to every node, and each form is posted with the CSRF token of the page
 * it was read from. Redirects are not followed, so that a test sees where a form leads.
 */
final class Visitor {

	record Page(int status, String body, HttpResponse<String> response) {

		Optional<String> location() {
			return response.headers().firstValue("Location");
		}

		Optional<String> header(String name) {
			return response.headers().firstValue(name);
		}

	}

	private static final Pattern CSRF = Pattern.compile(
			"name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	Page get(FieldbookNode node, String pathAndQuery) {
		return send(node, HttpRequest.newBuilder(node.uri(pathAndQuery)).GET());
	}

	/** Posts the form with the CSRF token of the page the form is on, read from the same node. */
	Page post(FieldbookNode node, String formPage, String action, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrf(get(node, formPage)));
		return post(node, action, withToken);
	}

	Page post(FieldbookNode node, String action, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(node, HttpRequest.newBuilder(node.uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Signs in through the form at {@code loginPath} and expects to be sent on, not back to the form. */
	void signIn(FieldbookNode node, String loginPath, String username, String password) {
		Page signedIn = post(node, loginPath, loginPath, Map.of("username", username, "password", password));
		assertThat(signedIn.status()).as("%s signs in on %s: %s", username, node, signedIn.body()).isEqualTo(302);
		assertThat(signedIn.location().orElse("")).as("%s signs in on %s", username, node).doesNotContain("error");
	}

	static String csrf(Page page) {
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("a CSRF token on the page (%s): %s", page.status(), page.body()).isTrue();
		return HtmlUtils.htmlUnescape(token.group(1) != null ? token.group(1) : token.group(2));
	}

	private Page send(FieldbookNode node, HttpRequest.Builder request) {
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.entrySet()
				.stream()
				.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(this::remember);
			return new Page(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new AssertionError("No answer from " + node + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void remember(String setCookie) {
		String[] nameValue = setCookie.split(";", 2)[0].split("=", 2);
		boolean expired = setCookie.toLowerCase().contains("max-age=0") || nameValue[1].isEmpty();
		if (expired) {
			cookies.remove(nameValue[0]);
		}
		else {
			cookies.put(nameValue[0], nameValue[1]);
		}
	}

}
