package org.fieldbook.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One request of a run, as data: what to send, as whom, and which values it carries, so that an answer repeating one
 * of them is known as an echo. Either an endpoint with path variables, parameters, headers and a body, or raw bytes
 * for the wire.
 */
final class FuzzRequest {

	/** Who sends it. Over HTTP Basic (the APIs) or a signed-in session (the pages), whatever fits the endpoint. */
	enum Identity {

		ANONYMOUS,
		/** The fuzzer's own customer, signed in. */
		CUSTOMER,
		/** Signed in with the customer role but no portal account behind it. */
		CUSTOMER_LESS,
		/** A dispatcher. */
		STAFF,
		/** A staff user in {@code camunda-admin}. */
		ADMIN,
		/** Credentials of nobody Fieldbook knows. */
		STRANGER

	}

	record Param(String name, String value) {
	}

	final String method;

	final String pathTemplate;

	final List<String> pathValues;

	final List<Param> params = new ArrayList<>();

	final List<Param> headers = new ArrayList<>();

	final List<String> bodyValues = new ArrayList<>();

	Identity identity = Identity.ANONYMOUS;

	boolean csrf;

	byte[] body;

	String contentType;

	/** Sent as they are, instead of everything above, by the wire transport. */
	byte[] raw;

	/** What was changed in a valid request to make this one, when the body alone does not show it well. */
	final List<String> changes = new ArrayList<>();

	private FuzzRequest(String method, String pathTemplate, List<String> pathValues) {
		this.method = method;
		this.pathTemplate = pathTemplate;
		this.pathValues = pathValues;
	}

	static FuzzRequest of(String method, String pathTemplate, String... pathValues) {
		return new FuzzRequest(method, pathTemplate, List.of(pathValues));
	}

	/** A request the wire transport sends byte for byte; {@code label} names it in the counts. */
	static FuzzRequest raw(String label, byte[] request) {
		FuzzRequest raw = new FuzzRequest("RAW", label, List.of());
		raw.raw = request;
		return raw;
	}

	FuzzRequest as(Identity who) {
		identity = who;
		return this;
	}

	FuzzRequest withCsrf(boolean token) {
		csrf = token;
		return this;
	}

	FuzzRequest param(String name, String value) {
		params.add(new Param(name, value));
		return this;
	}

	FuzzRequest header(String name, String value) {
		headers.add(new Param(name, value));
		return this;
	}

	/** A body whose strings may come back in the answer: {@code values} are those strings. */
	FuzzRequest body(String type, byte[] content, List<String> values) {
		contentType = type;
		body = content;
		bodyValues.addAll(values);
		return this;
	}

	FuzzRequest body(String type, String content) {
		return body(type, content.getBytes(StandardCharsets.UTF_8), List.of(content));
	}

	FuzzRequest changed(String change) {
		changes.add(change);
		return this;
	}

	boolean isApi() {
		return pathTemplate.startsWith("/api/");
	}

	/** Method and path template: the endpoint, as the counts and the failure classes name it. */
	String endpoint() {
		return raw != null ? "RAW " + pathTemplate : method + " " + pathTemplate;
	}

	/** Every value the request carries, so that an answer which merely repeats one is not taken for a leak. */
	List<String> echoes() {
		return Stream.of(pathValues.stream(), params.stream().map(Param::value), headers.stream().map(Param::value),
				bodyValues.stream(), raw == null ? Stream.<String>empty() : Stream.of(new String(raw, StandardCharsets.UTF_8)))
			.flatMap(values -> values)
			.toList();
	}

	@Override
	public String toString() {
		if (raw != null) {
			return "raw request " + show(new String(raw, StandardCharsets.UTF_8), 1_500);
		}
		StringBuilder text = new StringBuilder(method).append(' ').append(pathTemplate);
		if (!pathValues.isEmpty()) {
			text.append(" with ").append(pathValues.stream().map(FuzzRequest::show).collect(Collectors.joining(", ")));
		}
		text.append(" as ").append(identity).append(csrf ? " with CSRF token" : "");
		params.forEach(param -> text.append("\n  param ").append(show(param.name())).append('=').append(show(param.value())));
		headers.forEach(header -> text.append("\n  header ").append(header.name()).append(": ").append(show(header.value())));
		changes.forEach(change -> text.append("\n  changed ").append(change));
		if (body != null) {
			text.append("\n  body (").append(body.length).append(" bytes, ").append(contentType).append("): ")
				.append(show(new String(body, StandardCharsets.UTF_8), 1_500));
		}
		return text.toString();
	}

	/** A value as Java would write it, long ones cut in the middle: {@code "a\u0000b"}, {@code "aaaa…(100000 chars)…aaaa"}. */
	static String show(String value) {
		return show(value, 300);
	}

	static String show(String value, int limit) {
		String shown = value.length() <= limit ? escape(value)
				: escape(value.substring(0, 120)) + "…(" + value.length() + " chars)…" + escape(value.substring(value.length() - 60));
		return "\"" + shown + "\"";
	}

	private static final Map<Character, String> ESCAPES = Map.of('"', "\\\"", '\\', "\\\\", '\n', "\\n", '\r', "\\r", '\t', "\\t");

	private static String escape(String value) {
		StringBuilder escaped = new StringBuilder();
		value.chars().forEach(c -> {
			String known = ESCAPES.get((char) c);
			if (known != null) {
				escaped.append(known);
			}
			else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || Character.isSurrogate((char) c)
					|| Character.getType(c) == Character.FORMAT || c == 0x2028 || c == 0x2029) {
				escaped.append(String.format("\\u%04x", c));
			}
			else {
				escaped.append((char) c);
			}
		});
		return escaped.toString();
	}

}
