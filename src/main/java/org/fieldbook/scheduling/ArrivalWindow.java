package org.fieldbook.scheduling;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A window of arrival on the account's local clock, from inclusive to exclusive, within one day: the customer is
 * promised "between from and to", the system plans the exact start inside it.
 */
public record ArrivalWindow(LocalTime from, LocalTime to) {

	/** The order of a day: by start, then by end. */
	public static final Comparator<ArrivalWindow> IN_DAY_ORDER = Comparator.comparing(ArrivalWindow::from)
		.thenComparing(ArrivalWindow::to);

	public ArrivalWindow {
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("An arrival window ends after it starts: " + from + "–" + to);
		}
	}

	/**
	 * Where the window starts on a date: at its local time as {@link ZonedDateTime#of} places it (a time in a gap moves
	 * forward, a time that occurs twice is taken at its first occurrence).
	 */
	public ZonedDateTime startOn(LocalDate date, ZoneId zone) {
		return ZonedDateTime.of(date, from, zone);
	}

	/**
	 * Where the window ends on a date: at its local end's last occurrence, so that a fall-back night inside it keeps its
	 * wall-clock bounds (00:00–04:00 then lasts five hours).
	 */
	public ZonedDateTime endOn(LocalDate date, ZoneId zone) {
		return ZonedDateTime.of(date, to, zone).withLaterOffsetAtOverlap();
	}

	/**
	 * Windows of {@code length} every {@code every} from {@code first}, as long as a window ends by {@code until}:
	 * a length of 2 hours every 2 hours from 08:00 until 16:00 gives 08:00–10:00, 10:00–12:00, 12:00–14:00 and
	 * 14:00–16:00.
	 */
	public static List<ArrivalWindow> grid(Duration length, Duration every, LocalTime first, LocalTime until) {
		if (length.isNegative() || length.isZero() || every.isNegative() || every.isZero()) {
			throw new IllegalArgumentException("An arrival window grid needs a length and a spacing above zero");
		}
		List<ArrivalWindow> windows = new ArrayList<>();
		long untilMinute = until.toSecondOfDay() / 60;
		for (long from = first.toSecondOfDay() / 60; from + length.toMinutes() <= untilMinute; from += every.toMinutes()) {
			windows.add(new ArrivalWindow(LocalTime.ofSecondOfDay(from * 60),
					LocalTime.ofSecondOfDay((from + length.toMinutes()) * 60)));
		}
		return List.copyOf(windows);
	}

}
