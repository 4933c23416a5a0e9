package org.fieldbook.fuzz;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The values an attacker or a clumsy user types: very long strings, control characters and NUL, markup, SQL, right
 * to left overrides, URI templates and line breaks, impossible dates and zones, numbers out of range, path traversal
 * and unicode oddities. None names a Java package or says {@code Exception}, so that an answer that does is a leak,
 * not an echo.
 */
final class Hostile {

	static final int LONG = 100_000;

	static final List<String> CONTROL = List.of("\u0000", "a\u0000b", "\u0000\u0000\u0000", "\u0001", "\u0007", "\u0008",
			"\u001b[31m", "\u007f", "\u0085", "\u2028", "\u2029", "\u000b\u000c", "\r", "\n", "\r\n", "x\r\nSet-Cookie: y=1",
			"x\nLocation: http://evil.example/", "\t");

	static final List<String> MARKUP = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"'><svg onload=alert(1)>", "</textarea><b>bold</b>", "<!--", "]]>", "&amp;&lt;&#0;", "{{7*7}}", "${7*7}",
			"[[${7*7}]]", "__${7*7}__", "*{7*7}", "#{x}", "@{/x}", "~{x}", "javascript:alert(1)", "data:text/html,x");

	static final List<String> SQL = List.of("' OR '1'='1", "'; DROP TABLE booking; --", "1' UNION SELECT NULL--",
			"%' AND 1=0 --", "\\'", "\"", "'", "1)", "$1", "?", "';", "%", "_", "1; SELECT pg_sleep(0)", "E'\\x00'", "--",
			"/*", "x' || 'y");

	static final List<String> TEMPLATES = List.of("{x}", "{0}", "{", "}", "{{", "%0D%0A", "%0d%0aSet-Cookie:%20y=1", "%00",
			"%", "%zz", "%2", "%25", "%u0000", "a%0Ab", "#", "?x=1", "&a=b", "=", ";jsessionid=1", "$", "\\", "x\ry");

	static final List<String> PATHS = List.of("../", "../../etc/passwd", "..%2f", "%2e%2e%2f", "%2e%2e/", "..%252f",
			"..\\", "..;/", "%2F", "/", "//evil.example", "http://evil.example/", "\\\\evil.example", "....//",
			".", "..", "%c0%ae%c0%ae/", "a/b", "a%2Fb", "/admin", "~", "%5c");

	static final List<String> DATES = List.of("2027-02-30", "99999-01-01", "+99999-01-01", "-0001-01-01", "0000-00-00",
			"2026-13-01", "2026-12-01T25:00", "24:00", "25:61", "2026-12-01T00:00:00Z[Mars/Olympus]", "1970-01-01",
			"2026-12-01T00:00+25:00", "2026-W49-2", "tomorrow", "2026/12/01", "12/01/2026");

	static final List<String> INSTANTS = List.of("+300000-01-01T00:00:00Z", "-5000-01-01T00:00:00Z",
			"+1000000000-12-31T23:59:59.999999999Z", "-1000000000-01-01T00:00:00Z", "2027-02-30T00:00:00Z",
			"99999-01-01T00:00:00Z", "+99999-01-01T00:00:00Z", "2026-12-01T09:00:00+25:00", "2026-12-01T09:00:00",
			"2026-12-01", "0000-01-01T00:00:00Z", "2026-12-01T09:00:00.1234567891Z");

	static final List<String> ZONES = List.of("Mars/Olympus", "UTC+99", "GMT+14:01", "Z", "America/Chicago\u0000",
			"america/chicago", "SystemV/CST6", "+25:00", "EST", "Etc/GMT-15", "../../etc/localtime");

	static final List<String> NUMBERS = List.of("-1", "0", "-0", "2147483648", "-2147483649", "9223372036854775808",
			"-9223372036854775809", "1e309", "1e-400", "NaN", "Infinity", "-Infinity", "0x10", "1_000", "1.5", " 7 ",
			"\u0667", "\uff17", "7\u0000", "99999999999999999999999999999999", "1,5", "+7");

	static final List<String> UNICODE = List.of("\u202eevil\u202c", "\u200f\u200e", "\ufeff", "\u200b", "\u00ad",
			"e\u0301\u0301\u0301\u0301", "\ud83d\ude00", "\ud800", "\udc00x", "\uffff", "\ufffd", "\uff41\uff44\uff4d",
			"\u0131\u0130", "\u00df", "\ufb01", "\u0635\u0644\u0627\u0629", "\u05e9\u05dc\u05d5\u05dd", "\u0000\u202e",
			"I\u0307", "\u2215", "\uff0f", "\u2024\u2024\u2215");

	private static final List<List<String>> KINDS = List.of(CONTROL, MARKUP, SQL, TEMPLATES, PATHS, DATES, INSTANTS, ZONES,
			NUMBERS, UNICODE);

	private Hostile() {
	}

	/** Any hostile value. */
	static String any(SplittableRandom random) {
		return switch (random.nextInt(14)) {
			case 0 -> longText(random);
			case 1 -> "";
			case 2 -> random.nextBoolean() ? " " : " \t\n ";
			case 3 -> randomCharacters(random, 1 + random.nextInt(40));
			default -> pick(random, KINDS.get(random.nextInt(KINDS.size())));
		};
	}

	/** A value that is wrong in the way its field invites (zones for a time zone, impossible dates for a date…), or any. */
	static String forField(String field, SplittableRandom random) {
		List<String> fitting = switch (field) {
			case "timeZone" -> ZONES;
			case "start", "end", "now" -> INSTANTS;
			case "from", "to", "date" -> List.of("24:00", "08:00:60", "8am", "2026-12-24T00:00:00Z", "2026-12-24T24:00",
					"2027-02-30T00:00", "+99999-12-24T00:00", "17:00", "2026-12-24", "23:59:59.9999999999");
			case "email", "username" -> List.of("a@", "@b", "a@b", "a b@example.com", "sam@example.com\u0000",
					"x".repeat(300) + "@example.com", "<x@example.com>", "x@example.com,y@example.com", "\"a\"@example.com",
					"x@[127.0.0.1]", "x@example.com\r\nBcc: y@example.com");
			case "phone" -> List.of("+1", "+999999999999999999", "13125550100", "+1 (312) 555-0100",
					"+\u0661\u0663\u0661\u0662\u0665\u0665\u0665\u0660\u0661\u0660\u0660", "+13125550100\u0000", "tel:+13125550100");
			case "language", "lang" -> List.of("EN", "en-US", "xx", "zz\u0000", "en_US", "ar\u202e", "*");
			case "country" -> List.of("USA", "us", "U", "ZZ", "\u0000\u0000");
			case "days" -> List.of("MONDAY", "mon", "SUN ", "XXX");
			case "status" -> List.of("scheduled", "DONE", "CANCELLED", "COMPLETED ");
			case "lat", "lon" -> List.of("91", "-181", "NaN", "Infinity", "1e309", "-0");
			case "durationMinutes", "crewSize", "level", "minLevel" -> NUMBERS;
			default -> KINDS.get(random.nextInt(KINDS.size()));
		};
		return random.nextInt(3) == 0 ? any(random) : pick(random, fitting);
	}

	/** A valid value, one close to it, or any hostile value, a third each. */
	static String orValid(String valid, SplittableRandom random) {
		return switch (random.nextInt(3)) {
			case 0 -> valid;
			case 1 -> near(valid, random);
			default -> any(random);
		};
	}

	/** The valid value bent: padded, cut, doubled, cased, or with a hostile value around or inside it. */
	static String near(String valid, SplittableRandom random) {
		String hostile = any(random);
		return switch (random.nextInt(9)) {
			case 0 -> valid + hostile;
			case 1 -> hostile + valid;
			case 2 -> valid.isEmpty() ? hostile : valid.substring(0, random.nextInt(valid.length())) + hostile
					+ valid.substring(random.nextInt(valid.length()));
			case 3 -> " " + valid + " ";
			case 4 -> valid.toUpperCase(Locale.ROOT);
			case 5 -> valid.repeat(1 + random.nextInt(3)) + (random.nextBoolean() ? "" : valid.repeat(LONG / Math.max(1, valid.length())));
			case 6 -> valid.isEmpty() ? "" : valid.substring(0, random.nextInt(valid.length()));
			case 7 -> valid + "\u0000";
			default -> valid.replace('-', '\u2010');
		};
	}

	/** One of these, or a hostile value now and then. */
	static String oneOf(SplittableRandom random, List<String> valid) {
		return random.nextInt(4) == 0 ? any(random) : pick(random, valid);
	}

	static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	static String longText(SplittableRandom random) {
		return pick(random, List.<Function<SplittableRandom, String>>of(any -> "a".repeat(LONG), any -> "\u00e9".repeat(LONG),
				any -> "\ud83d\ude00".repeat(LONG / 2), any -> "<b>".repeat(LONG / 3), any -> "%".repeat(LONG),
				any -> randomCharacters(any, LONG))).apply(random);
	}

	/** Characters from the whole of the basic plane, control characters and surrogate halves included. */
	static String randomCharacters(SplittableRandom random, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x20) : random.nextInt(0x10000)));
		}
		return text.toString();
	}

}
