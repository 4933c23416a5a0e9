package org.fieldbook.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fieldbook.fuzz.FuzzRequest.Param;
import org.fieldbook.support.PortalSignIn;

/**
 * The fuzzer's customer, dispatcher and admin signed in over the wire, through the real sign-in forms: each a
 * session cookie and a CSRF token of that session, for the forms the wire target posts.
 */
final class WireSessions {

	record Session(String cookie, String csrf) {

		Param cookieHeader() {
			return new Param("Cookie", cookie);
		}

	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	/** Nobody signed in, with a session of its own and its CSRF token, for the public forms. */
	final Session anonymous;

	final Session customer;

	final Session dispatcher;

	final Session admin;

	private WireSessions(Session anonymous, Session customer, Session dispatcher, Session admin) {
		this.anonymous = anonymous;
		this.customer = customer;
		this.dispatcher = dispatcher;
		this.admin = admin;
	}

	/** @param linkedBooking a booking with a portal link, whose page in the back office has forms */
	static WireSessions signIn(Wire wire, String linkedBooking) {
		String links = "/admin/links?reference=" + linkedBooking;
		Wire.Answer form = wire.exchange(wire.request("GET", "/password-reset", List.of(), null));
		return new WireSessions(new Session(cookie(form), csrf(form)), signIn(wire, "/login", FuzzWorld.CUSTOMER_EMAIL, PortalSignIn.PASSWORD, "/profile"),
				signIn(wire, "/admin/login", FuzzWorld.DISPATCHER, FuzzWorld.STAFF_PASSWORD, links),
				signIn(wire, "/admin/login", FuzzWorld.ADMIN, FuzzWorld.STAFF_PASSWORD, links));
	}

	private static Session signIn(Wire wire, String form, String username, String password, String page) {
		Wire.Answer login = wire.exchange(wire.request("GET", form, List.of(), null));
		String anonymous = cookie(login);
		byte[] body = formBody(Map.of("username", username, "password", password, "_csrf", csrf(login)));
		Wire.Answer signedIn = wire.exchange(wire.request("POST", form, List.of(new Param("Cookie", anonymous),
				new Param("Content-Type", "application/x-www-form-urlencoded")), body));
		assertThat(signedIn.status()).as("%s signs in over the wire", username).isEqualTo(302);
		assertThat(signedIn.header("Location").orElse("")).as("%s signs in over the wire", username).doesNotContain("error");
		String cookie = cookie(signedIn);
		Wire.Answer withForm = wire.exchange(wire.request("GET", page, List.of(new Param("Cookie", cookie)), null));
		return new Session(cookie, csrf(withForm));
	}

	static byte[] formBody(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"))
			.getBytes(StandardCharsets.UTF_8);
	}

	private static String cookie(Wire.Answer answer) {
		return answer.all("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.map(cookie -> cookie.split(";", 2)[0])
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers()));
	}

	private static String csrf(Wire.Answer answer) {
		Matcher token = CSRF.matcher(answer.body());
		if (!token.find()) {
			throw new AssertionError("no CSRF token on the page (" + answer.status() + " " + answer.headers() + "): " + FuzzRequest.show(answer.body(), 3000));
		}
		return token.group(1) != null ? token.group(1) : token.group(2);
	}

}
