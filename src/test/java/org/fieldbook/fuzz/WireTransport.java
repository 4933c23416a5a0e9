package org.fieldbook.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fieldbook.fuzz.FuzzRequest.Param;
import org.fieldbook.support.PortalSignIn;
import org.springframework.web.util.UriUtils;

/**
 * Sends requests over real HTTP to the running server, so that Tomcat parses them and renders its own and the
 * application's error pages: a raw request byte for byte, any other one encoded as a browser would (path variables
 * as path segments, parameters in the query or as a form body), with the session cookie or HTTP Basic credentials of
 * its identity and the CSRF token of that session.
 */
final class WireTransport implements FuzzRun.Transport {

	private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

	private final Wire wire;

	private final WireSessions sessions;

	WireTransport(Wire wire, WireSessions sessions) {
		this.wire = wire;
		this.sessions = sessions;
	}

	@Override
	public FuzzResponse send(FuzzRequest request) {
		Wire.Answer answer = wire.exchange(request.raw != null ? request.raw : encode(request));
		return new FuzzResponse(answer.status(), answer.header("Location").orElse(null), answer.body(), null);
	}

	private byte[] encode(FuzzRequest request) {
		List<Param> params = new ArrayList<>(request.params);
		List<Param> headers = new ArrayList<>(request.headers);
		WireSessions.Session session = session(request);
		if (request.isApi()) {
			credentials(request).ifPresent(basic -> headers.add(new Param("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(basic.getBytes(StandardCharsets.UTF_8)))));
		}
		else {
			headers.add(session.cookieHeader());
		}
		if (request.csrf) {
			params.add(new Param("_csrf", session.csrf()));
		}
		byte[] body = request.body;
		String query = "";
		if (body != null) {
			headers.add(new Param("Content-Type", request.contentType));
			query = query(params);
		}
		else if (List.of("POST", "PUT", "PATCH").contains(request.method)) {
			body = query(params).getBytes(StandardCharsets.UTF_8);
			headers.add(new Param("Content-Type", "application/x-www-form-urlencoded"));
		}
		else {
			query = query(params);
		}
		return wire.request(request.method, path(request) + (query.isEmpty() ? "" : "?" + query), headers, body);
	}

	private WireSessions.Session session(FuzzRequest request) {
		return switch (request.identity) {
			case CUSTOMER -> sessions.customer;
			case STAFF -> sessions.dispatcher;
			case ADMIN -> sessions.admin;
			default -> sessions.anonymous;
		};
	}

	private static Optional<String> credentials(FuzzRequest request) {
		return Optional.ofNullable(switch (request.identity) {
			case ADMIN -> FuzzWorld.ADMIN + ":" + FuzzWorld.STAFF_PASSWORD;
			case STAFF -> FuzzWorld.DISPATCHER + ":" + FuzzWorld.STAFF_PASSWORD;
			case CUSTOMER -> FuzzWorld.API_CUSTOMER_EMAIL + ":" + PortalSignIn.PASSWORD;
			case STRANGER -> "stranger@example.invalid:not a password";
			default -> null;
		});
	}

	private static String path(FuzzRequest request) {
		Iterator<String> values = request.pathValues.iterator();
		Matcher variables = VARIABLE.matcher(request.pathTemplate);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			variables.appendReplacement(path,
					Matcher.quoteReplacement(UriUtils.encodePathSegment(values.next(), StandardCharsets.UTF_8)));
		}
		variables.appendTail(path);
		return path.toString();
	}

	private static String query(List<Param> params) {
		return params.stream()
			.map(param -> URLEncoder.encode(param.name(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(param.value(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
