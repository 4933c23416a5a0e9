package org.fieldbook.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.TimeZone;

import org.fieldbook.booking.Appointment;

/**
 * An appointment's time as messages show it: on the service location's clock, with that zone's
 * abbreviation at the appointment's date (CST in winter, CDT in summer), in the contact's language,
 * e.g. {@code Tue 3 Mar, 08:00–09:30 CST}.
 */
public final class AppointmentTime {

	private AppointmentTime() {
	}

	/** The booking's time on its account's clock. */
	public static String of(Appointment booking, Locale locale) {
		return format(booking.startsAt(), booking.endsAt(), booking.zone(), locale);
	}

	public static String format(Instant start, Instant end, ZoneId zone, Locale locale) {
		ZonedDateTime from = start.atZone(zone);
		ZonedDateTime to = end.atZone(zone);
		DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", locale);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
		String until = from.toLocalDate().equals(to.toLocalDate()) ? to.format(time) : to.format(day) + ", " + to.format(time);
		return from.format(day) + ", " + from.format(time) + "–" + until + " " + abbreviation(from, locale);
	}

	/** The zone's short name in effect at that moment, as the locale writes it (GMT±h where it has none). */
	static String abbreviation(ZonedDateTime at, Locale locale) {
		boolean daylight = at.getZone().getRules().isDaylightSavings(at.toInstant());
		return TimeZone.getTimeZone(at.getZone()).getDisplayName(daylight, TimeZone.SHORT, locale);
	}

}
