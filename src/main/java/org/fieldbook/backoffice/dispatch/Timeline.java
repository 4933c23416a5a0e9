package org.fieldbook.backoffice.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One local day on a clock, from its midnight to the next: 23, 24 or 25 hours long, so it has as many columns of
 * five minutes as its real length holds. The board places everything on those columns with classes of
 * {@code dispatch.css} (the content security policy allows no inline style).
 */
record Timeline(LocalDate date, ZoneId zone, Instant start, Instant end) {

	static final int MINUTES_PER_COLUMN = 5;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	/** A part of the day as grid lines: from the first column's line to the line after the last, counted from 1. */
	record Span(int from, int to) {
	}

	/** An hour mark of the day's head row. */
	record Tick(String label, Span span) {
	}

	static Timeline of(LocalDate date, ZoneId zone) {
		return new Timeline(date, zone, date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
	}

	int columns() {
		return (int) (Duration.between(start, end).toMinutes() / MINUTES_PER_COLUMN);
	}

	boolean overlaps(Instant from, Instant to) {
		return from.isBefore(end) && to.isAfter(start);
	}

	/** The columns that from–to touches within the day, at least one; from–to must overlap the day. */
	Span span(Instant from, Instant to) {
		long fromMinute = Duration.between(start, from.isBefore(start) ? start : from).toMinutes();
		long toMinute = Duration.between(start, to.isAfter(end) ? end : to).toMinutes();
		int first = (int) (fromMinute / MINUTES_PER_COLUMN) + 1;
		int last = (int) ((toMinute + MINUTES_PER_COLUMN - 1) / MINUTES_PER_COLUMN) + 1;
		return new Span(first, Math.max(last, first + 1));
	}

	String time(Instant instant) {
		return TIME.format(instant.atZone(zone));
	}

	/** Every second hour of real time, labelled on the local clock; a day of a clock change has one more or one less. */
	List<Tick> ticks() {
		List<Tick> ticks = new ArrayList<>();
		for (Instant hour = start; hour.isBefore(end); hour = hour.plus(Duration.ofHours(2))) {
			ticks.add(new Tick(time(hour), span(hour, hour.plus(Duration.ofHours(2)))));
		}
		return ticks;
	}

}
