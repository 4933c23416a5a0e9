package org.fieldbook.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What no answer may do, whatever was sent: fail with a 5xx, show a stack trace, an exception or Java class name, or
 * SQL text, or send the browser to another site. Text that only repeats what the request carried is an echo, not
 * a leak (a page may well show the SQL a user typed into a field).
 */
final class ResponseChecks {

	/** What is wrong with one answer: {@code kind} names the failure class, {@code detail} the evidence. */
	record Problem(String kind, String detail) {
	}

	/** A kind of leak: its pattern runs only on bodies that contain one of its hints (lower case), which is fast. */
	private record Leak(String name, Pattern pattern, List<String> hints) {

		Leak(String name, String regex, String... hints) {
			this(name, Pattern.compile(regex), List.of(hints));
		}

		boolean mayBeIn(String lowerCaseBody) {
			return hints.stream().anyMatch(lowerCaseBody::contains);
		}

	}

	private static final List<Leak> LEAKS = List.of(
			new Leak("stack trace", "(?m)^\\s*at [\\w$.]+\\([\\w$.]*(?::\\d+)?\\)|\\bCaused by: |\\.java:\\d+\\)", "\tat ", "  at ",
					"caused by: ", ".java:"),
			new Leak("exception name", "(?:Exception|Throwable)\\b", "exception", "throwable"),
			new Leak("Java class name",
					"\\b(?:java|javax|jakarta|org|com|sun|jdk)\\.[a-z_][\\w]*\\.[\\w$.]*|\\b[A-Z][a-z]\\w*\\.(?:get|is)[A-Z]\\w*\\(\\)"
							+ "|\\b[A-Z]\\w+\\$[A-Z]\\w+",
					"java.", "javax.", "jakarta.", "org.", "com.", "sun.", "jdk.", "()", "$"),
			new Leak("template internals", "\\bModel has no value for key\\b", "model has no value"),
			new Leak("SQL text", "(?i)\\bSQL ?State\\b|\\bvalue too long for type\\b|\\bduplicate key value\\b"
					+ "|\\bviolates (?:not-null|foreign key|unique|check|exclusion) constraint\\b|\\bsyntax error at or near\\b"
					+ "|\\binvalid byte sequence for encoding\\b|\\bselect\\s+[\\w.*,\\s()]{1,200}?\\s+from\\s+[\\w.]+"
					+ "|\\binsert\\s+into\\s+\\w+|\\bupdate\\s+\\w+\\s+set\\s+\\w+\\s*=|\\bdelete\\s+from\\s+\\w+"
					+ "|\\bcould not execute (?:statement|query)\\b|\\bhibernate\\b|\\bjdbc\\b"
					+ "|\\b(?:relation|column) \"[^\"]+\"(?: of relation \"[^\"]+\")? does not exist\\b", "sql", "value too long", "duplicate key",
					"does not exist", "violates", "syntax error", "invalid byte", "select", "insert", "update", "delete", "could not execute",
					"hibernate", "jdbc"),
			new Leak("SQL error", "\\bERROR: [a-z]", "error: "),
			new Leak("engine error code", "\\bENGINE-\\d{5}\\b", "engine-"));

	private static final Pattern ABSOLUTE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");

	private ResponseChecks() {
	}

	static List<Problem> problems(FuzzRequest request, FuzzResponse response) {
		List<Problem> problems = new ArrayList<>();
		if (response.unhandled() != null) {
			Throwable root = rootCause(response.unhandled());
			problems.add(new Problem("unhandled " + root.getClass().getSimpleName() + " (" + gist(root.getMessage()) + ")",
					FuzzRequest.show(String.valueOf(root.getMessage()))));
		}
		else if (response.status() >= 500 && !protocolAnswer(request, response)) {
			problems.add(new Problem("status " + response.status(), excerpt(response.body(), 0)));
		}
		leak(request, response.body()).ifPresent(problems::add);
		if (namesAHost(response.location())) {
			problems.add(new Problem("redirect naming a host", "Location: " + FuzzRequest.show(response.location())));
		}
		return problems;
	}

	/**
	 * 501 and 505 are what HTTP itself prescribes for a method or a version the server does not implement (RFC 9110
	 * 15.6.2, 15.6.6): Tomcat's answer to a raw request line, not a failure.
	 */
	private static boolean protocolAnswer(FuzzRequest request, FuzzResponse response) {
		return request.raw != null && (response.status() == 501 || response.status() == 505);
	}

	private static Optional<Problem> leak(FuzzRequest request, String body) {
		if (body == null || body.isEmpty()) {
			return Optional.empty();
		}
		String lowerCase = body.toLowerCase(Locale.ROOT);
		List<String> echoes = null;
		for (Leak leak : LEAKS) {
			if (!leak.mayBeIn(lowerCase)) {
				continue;
			}
			Matcher found = leak.pattern().matcher(body);
			while (found.find()) {
				String text = found.group().toLowerCase(Locale.ROOT);
				if (echoes == null) {
					echoes = request.echoes().stream().flatMap(value -> variants(value).stream()).toList();
				}
				if (echoes.stream().noneMatch(echo -> echo.contains(text))) {
					return Optional.of(new Problem("leak: " + leak.name(), excerpt(body, found.start())));
				}
			}
		}
		return Optional.empty();
	}

	/** A value as an answer may repeat it: as sent, HTML-escaped, JSON-escaped or URL-encoded, in lower case. */
	private static List<String> variants(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		return List.of(lower, lower.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
			.replace("'", "&#39;"), lower.replace("\\", "\\\\").replace("\"", "\\\""),
				URLEncoder.encode(lower, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
	}

	/**
	 * A redirect that names a host: absolute, even to this server (every {@code Location} is relative, so that none
	 * can reflect a request's {@code Host}), or protocol-relative ({@code //host}, {@code /\host}).
	 */
	static boolean namesAHost(String location) {
		if (location == null || location.isEmpty()) {
			return false;
		}
		if (location.startsWith("//") || location.startsWith("/\\")) {
			return true;
		}
		if (location.startsWith("/")) {
			return false;
		}
		return ABSOLUTE.matcher(location).find();
	}

	/** The first words of a message, numbers and quoted values left out: what tells one cause from another. */
	private static String gist(String message) {
		if (message == null) {
			return "no message";
		}
		String words = message.replaceAll("'[^']*('|$)|\"[^\"]*(\"|$)|\\d+", "…");
		String gist = Arrays.stream(words.split("\\s+")).limit(7).collect(Collectors.joining(" "));
		return gist.replaceAll("[^\\p{L}\\p{N}\\p{P}\\p{Zs}]", "?");
	}

	private static Throwable rootCause(Throwable exception) {
		Throwable root = exception;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	private static String excerpt(String body, int at) {
		int from = Math.max(0, at - 80);
		return FuzzRequest.show(body.substring(from, Math.min(body.length(), at + 220)));
	}

}
