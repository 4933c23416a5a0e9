package org.fieldbook.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.TimeZone;

import org.fieldbook.booking.Appointment;
import org.fieldbook.booking.PromisedWindow;
import org.fieldbook.booking.VisitView;
import org.springframework.context.MessageSource;


/**
 * An appointment's time as messages show it: on the service location's clock, with that zone's
 * abbreviation at the appointment's date (CST in winter, CDT in summer), in the contact's language,
 * e.g. {@code Tue 3 Mar, 08:00–09:30 CST}; a visit promised in an arrival window shows the window instead.
 */
public final class AppointmentTime {

	private AppointmentTime() {
	}

	/** Words of an arrival window: the day {0}, from {1}, until {2}, the zone {3}. */
	static final String WINDOW = "time.arrivalWindow";

	/** The same in an SMS, shorter. */
	static final String SMS_WINDOW = "time.arrivalWindow.sms";

	/** The booking's time on its account's clock: the arrival window it is promised in, or its exact time. */
	public static String of(Appointment booking, Locale locale, MessageSource messages) {
		return promised(booking.startsAt(), booking.endsAt(), booking.window(), booking.zone(), locale, messages);
	}

	/** The visit's time on its account's clock: the arrival window it is promised in, or its exact time. */
	public static String of(VisitView visit, Locale locale, MessageSource messages) {
		return promised(visit.startsAt(), visit.endsAt(), visit.window(), visit.zone(), locale, messages);
	}

	/** The booking's time as an SMS says it, in fewer words for a window. */
	static String inSms(Appointment booking, Locale locale, MessageSource messages) {
		return booking.window() == null ? of(booking, locale, messages)
				: window(booking.window(), booking.zone(), locale, messages, SMS_WINDOW);
	}

	private static String promised(Instant start, Instant end, PromisedWindow window, ZoneId zone, Locale locale,
			MessageSource messages) {
		return window == null ? format(start, end, zone, locale) : window(window, zone, locale, messages, WINDOW);
	}

	/** An arrival window, e.g. {@code Tue 3 Mar, arrival between 08:00 and 12:00 CST}. */
	private static String window(PromisedWindow window, ZoneId zone, Locale locale, MessageSource messages, String key) {
		ZonedDateTime from = window.from().atZone(zone);
		ZonedDateTime to = window.to().atZone(zone);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
		return messages.getMessage(key, new Object[] { from.format(DateTimeFormatter.ofPattern("EEE d MMM", locale)),
				from.format(time), to.format(time), abbreviation(from, locale) }, locale);
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
