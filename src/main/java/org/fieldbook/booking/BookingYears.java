package org.fieldbook.booking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The years in which Fieldbook books, searches and imports times: 2000 to 2199 (UTC). A time outside them is a
 * typing or export error, and far enough out (year 300000) neither PostgreSQL nor date arithmetic can hold it.
 */
public final class BookingYears {

	public static final int FIRST = 2000;

	public static final int LAST = 2199;

	/** How a refusal says it, after the field or the value. */
	public static final String RULE = "must lie in the years " + FIRST + " to " + LAST;

	private static final LocalDateTime START = LocalDateTime.of(FIRST, 1, 1, 0, 0);

	private static final LocalDateTime END = LocalDateTime.of(LAST + 1, 1, 1, 0, 0);

	private BookingYears() {
	}

	public static boolean contain(Instant instant) {
		return !instant.isBefore(START.toInstant(ZoneOffset.UTC)) && instant.isBefore(END.toInstant(ZoneOffset.UTC));
	}

	/** A time on a local clock, such as a technician's time off. */
	public static boolean contain(LocalDateTime dateTime) {
		return !dateTime.isBefore(START) && dateTime.isBefore(END);
	}

}
