package org.fieldbook.booking;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbook.scheduling.ArrivalWindow;

/**
 * How a service type promises its visits: at exact times (no windows), or in arrival windows on the account's clock,
 * written as a list ({@code 08:00-12:00, 12:00-16:00}) or as a grid ({@code 240 min every 120 min from 08:00 until
 * 20:00}).
 *
 * @param text    the windows as written, in the canonical form of {@link #parse}; null for exact times
 * @param windows what the text says, in the order of the day; empty for exact times
 */
public record ArrivalWindows(String text, List<ArrivalWindow> windows) {

	public static final ArrivalWindows EXACT = new ArrivalWindows(null, List.of());

	/** The longest text the column holds. */
	public static final int MAX_TEXT = 400;

	public static final int MAX_WINDOWS = 48;

	public static final int MIN_MINUTES = 15;

	/** Written in the messages of the back office and the import. */
	public static final String EXAMPLE_LIST = "08:00-12:00, 12:00-16:00";

	public static final String EXAMPLE_GRID = "240 min every 120 min from 08:00 until 20:00";

	private static final String TIME = "([0-2]?\\d:[0-5]\\d)";

	private static final Pattern WINDOW = Pattern.compile(TIME + "\\s*[-–—]\\s*" + TIME);

	private static final Pattern GRID = Pattern
		.compile("(\\d{1,4})\\s*min\\s+every\\s+(\\d{1,4})\\s*min\\s+from\\s+" + TIME + "\\s+until\\s+" + TIME,
				Pattern.CASE_INSENSITIVE);

	/** Strict, so that "24:00" is refused instead of read as the midnight that starts the day. */
	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm")
		.withResolverStyle(ResolverStyle.STRICT);

	public ArrivalWindows {
		windows = List.copyOf(windows);
	}

	public boolean exact() {
		return windows.isEmpty();
	}

	/**
	 * Reads the windows as the back office, the API or an import gives them: blank means exact times.
	 *
	 * @throws IllegalArgumentException saying what is wrong, in English, when the text is neither a list nor a grid of
	 *                                  1 to {@value #MAX_WINDOWS} windows of at least {@value #MIN_MINUTES} minutes
	 */
	public static ArrivalWindows parse(String text) {
		if (text == null || text.isBlank()) {
			return EXACT;
		}
		String given = text.strip();
		if (given.length() > MAX_TEXT) {
			throw new IllegalArgumentException("longer than " + MAX_TEXT + " characters");
		}
		Matcher grid = GRID.matcher(given);
		ArrivalWindows windows = grid.matches() ? grid(grid) : list(given);
		if (windows.windows().size() > MAX_WINDOWS) {
			throw new IllegalArgumentException("more than " + MAX_WINDOWS + " windows");
		}
		return windows;
	}

	/** Parses like {@link #parse}, empty instead of an exception. */
	public static Optional<ArrivalWindows> tryParse(String text) {
		try {
			return Optional.of(parse(text));
		}
		catch (IllegalArgumentException notWindows) {
			return Optional.empty();
		}
	}

	private static ArrivalWindows grid(Matcher grid) {
		int length = Integer.parseInt(grid.group(1));
		int every = Integer.parseInt(grid.group(2));
		if (length < MIN_MINUTES || every < MIN_MINUTES) {
			throw new IllegalArgumentException("a window and its spacing last " + MIN_MINUTES + " minutes at least");
		}
		LocalTime first = time(grid.group(3));
		LocalTime until = time(grid.group(4));
		List<ArrivalWindow> windows = ArrivalWindow.grid(Duration.ofMinutes(length), Duration.ofMinutes(every), first, until);
		if (windows.isEmpty()) {
			throw new IllegalArgumentException("no window of " + length + " minutes fits from " + HOURS.format(first)
					+ " until " + HOURS.format(until));
		}
		return new ArrivalWindows(length + " min every " + every + " min from " + HOURS.format(first) + " until "
				+ HOURS.format(until), windows);
	}

	private static ArrivalWindows list(String given) {
		List<ArrivalWindow> windows = new ArrayList<>();
		for (String part : given.split("[,;]")) {
			Matcher window = WINDOW.matcher(part.strip());
			if (!window.matches()) {
				throw new IllegalArgumentException("'" + part.strip() + "' is not a window such as 08:00-12:00");
			}
			LocalTime from = time(window.group(1));
			LocalTime to = time(window.group(2));
			if (Duration.between(from, to).toMinutes() < MIN_MINUTES) {
				throw new IllegalArgumentException("the window " + part.strip() + " does not end " + MIN_MINUTES
						+ " minutes or more after it starts");
			}
			ArrivalWindow arrival = new ArrivalWindow(from, to);
			if (!windows.contains(arrival)) {
				windows.add(arrival);
			}
		}
		windows.sort(ArrivalWindow.IN_DAY_ORDER);
		for (int i = 1; i < windows.size(); i++) {
			if (windows.get(i).from().equals(windows.get(i - 1).from())) {
				throw new IllegalArgumentException("two windows start at " + HOURS.format(windows.get(i).from())
						+ ": a booking names its window by its start");
			}
		}
		String canonical = String.join(", ",
				windows.stream().map(window -> HOURS.format(window.from()) + "-" + HOURS.format(window.to())).toList());
		if (canonical.length() > MAX_TEXT) {
			throw new IllegalArgumentException(
					"longer than " + MAX_TEXT + " characters when written as " + EXAMPLE_LIST);
		}
		return new ArrivalWindows(canonical, windows);
	}

	private static LocalTime time(String hoursAndMinutes) {
		try {
			return LocalTime.parse(hoursAndMinutes.length() == 4 ? "0" + hoursAndMinutes : hoursAndMinutes, HOURS);
		}
		catch (DateTimeParseException notATime) {
			throw new IllegalArgumentException("'" + hoursAndMinutes + "' is not a time of day such as 08:00");
		}
	}

}
