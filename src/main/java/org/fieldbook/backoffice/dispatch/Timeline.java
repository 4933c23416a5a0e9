package org.fieldbook.backoffice.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One local day on a clock, from its midnight to the next: 23, 24 or 25 hours long, so positions are shares of its
 * real length, never of 24 hours.
 */
record Timeline(LocalDate date, ZoneId zone, Instant start, Instant end) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	/** A part of the day: where it starts and how wide it is, in percent of the day. */
	record Span(double start, double width) {
	}

	/** An hour mark of the day's head row. */
	record Tick(String label, double start) {
	}

	static Timeline of(LocalDate date, ZoneId zone) {
		return new Timeline(date, zone, date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
	}

	boolean overlaps(Instant from, Instant to) {
		return from.isBefore(end) && to.isAfter(start);
	}

	/** The part of from–to within the day; from–to must overlap it. */
	Span span(Instant from, Instant to) {
		Instant clippedFrom = from.isBefore(start) ? start : from;
		Instant clippedTo = to.isAfter(end) ? end : to;
		return new Span(percent(clippedFrom), share(Duration.between(clippedFrom, clippedTo)));
	}

	String time(Instant instant) {
		return TIME.format(instant.atZone(zone));
	}

	/** Every second local hour; a day of a clock change has one more or one less. */
	List<Tick> ticks() {
		List<Tick> ticks = new ArrayList<>();
		for (Instant hour = start; hour.isBefore(end); hour = hour.plus(Duration.ofHours(2))) {
			ticks.add(new Tick(time(hour), percent(hour)));
		}
		return ticks;
	}

	private double percent(Instant instant) {
		return share(Duration.between(start, instant));
	}

	/** In percent of the day, to two decimals. */
	private double share(Duration duration) {
		return Math.round(10_000.0 * duration.toSeconds() / Duration.between(start, end).toSeconds()) / 100.0;
	}

}
