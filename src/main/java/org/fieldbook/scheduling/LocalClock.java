package org.fieldbook.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.Map;

/**
 * One zone's local times as {@link Nanos}, exactly as {@link ZonedDateTime#of} places them, but on a date far from
 * any switch by arithmetic with the date's offset instead of a look-up in the zone's rules each time. A search holds
 * one per zone ({@link Clocks}); single-threaded, as the engine is.
 */
final class LocalClock {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private static final long SECONDS_PER_DAY = 86_400L;

	/** Offsets lie within ±18 hours: every local time of a date is an instant within this of the date's UTC day. */
	private static final long MARGIN_SECONDS = 18 * 3600 + 1;

	private static final int NEAR_A_SWITCH = Integer.MIN_VALUE;

	private final ZoneId zone;

	private final ZoneRules rules;

	/** The first epoch day of {@link #offsets}. */
	private final long firstDay;

	/** Per epoch day from {@link #firstDay}: the offset in seconds of the whole local day, or {@link #NEAR_A_SWITCH}. */
	private final int[] offsets;

	private final boolean[] known;

	private Days daysAround;

	/** A clock that answers fastest for the local dates {@code from} to {@code to}, and right for any. */
	LocalClock(ZoneId zone, LocalDate from, LocalDate to) {
		this.zone = zone;
		this.rules = zone.getRules();
		this.firstDay = from.toEpochDay();
		int days = (int) Math.max(0, to.toEpochDay() - firstDay + 1);
		this.offsets = new int[days];
		this.known = new boolean[days];
	}

	long nanos(LocalDate date, LocalTime time) {
		return nanos(date.toEpochDay(), time);
	}

	long nanos(LocalDateTime local) {
		return nanos(local.toLocalDate(), local.toLocalTime());
	}

	/** As {@link #nanos(LocalDate, LocalTime)} for the date of an epoch day. */
	long nanos(long epochDay, LocalTime time) {
		int offset = offsetSeconds(epochDay);
		if (offset == NEAR_A_SWITCH) {
			return Nanos.of(ZonedDateTime.of(LocalDate.ofEpochDay(epochDay), time, zone).toInstant());
		}
		return (epochDay * SECONDS_PER_DAY + time.toSecondOfDay() - offset) * NANOS_PER_SECOND + time.getNano();
	}

	/** The local dates from a day before {@code from} to a day after {@code to}, as epoch days; kept for the next asker. */
	Days daysAround(long fromNanos, long toNanos) {
		if (daysAround == null || daysAround.fromNanos() != fromNanos || daysAround.toNanos() != toNanos) {
			daysAround = new Days(fromNanos, toNanos,
					LocalDate.ofInstant(Instant.ofEpochSecond(0, fromNanos), zone).toEpochDay() - 1,
					LocalDate.ofInstant(Instant.ofEpochSecond(0, toNanos), zone).toEpochDay() + 1);
		}
		return daysAround;
	}

	/** The epoch days {@code first} to {@code last} of the instants {@code fromNanos} to {@code toNanos}, widened. */
	record Days(long fromNanos, long toNanos, long first, long last) {

		DayOfWeek firstDayOfWeek() {
			return LocalDate.ofEpochDay(first).getDayOfWeek();
		}

	}

	/** The one offset of every time of the local date, or null when a switch is near it. */
	ZoneOffset uniformOffset(LocalDate date) {
		int offset = offsetSeconds(date.toEpochDay());
		return offset == NEAR_A_SWITCH ? null : ZoneOffset.ofTotalSeconds(offset);
	}

	private int offsetSeconds(long day) {
		int index = (int) (day - firstDay);
		if (day < firstDay || index >= offsets.length) {
			return offsetOfDay(day);
		}
		if (!known[index]) {
			offsets[index] = offsetOfDay(day);
			known[index] = true;
		}
		return offsets[index];
	}

	private int offsetOfDay(long epochDay) {
		if (rules.isFixedOffset()) {
			return rules.getOffset(Instant.EPOCH).getTotalSeconds();
		}
		Instant from = Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY - MARGIN_SECONDS);
		Instant to = Instant.ofEpochSecond((epochDay + 1) * SECONDS_PER_DAY + MARGIN_SECONDS);
		ZoneOffsetTransition next = rules.nextTransition(from);
		if (next != null && next.getInstant().isBefore(to)) {
			return NEAR_A_SWITCH;
		}
		return rules.getOffset(from).getTotalSeconds();
	}

	/** The clocks of one search, one per zone, fastest for the dates from {@code from} to {@code to}. */
	static final class Clocks {

		private final Map<ZoneId, LocalClock> byZone = new HashMap<>();

		private final LocalDate from;

		private final LocalDate to;

		Clocks(LocalDate from, LocalDate to) {
			this.from = from;
			this.to = to;
		}

		LocalClock of(ZoneId zone) {
			return byZone.computeIfAbsent(zone, id -> new LocalClock(id, from, to));
		}

	}

}
