package org.fieldbook.masterdata;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.fieldbook.booking.BookingStatus;
import org.fieldbook.system.Quoted;

/** How the values of the import format are parsed; shared by the validator and the writer. */
final class MasterDataValues {

	static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

	static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	/** The longest text of each kind of field: the size of its columns (db/migration/V1__domain.sql), in characters. */
	static final int ID = 100;

	/** Of a territory, skill, service type (and its portal name), technician, account, asset and functional location. */
	static final int NAME = 200;

	/** A contact's first and last name each. */
	static final int PERSON_NAME = 100;

	static final int EMAIL_ADDRESS = 254;

	static final int ADDRESS_LINE = 200;

	static final int CITY = 100;

	static final int POSTAL_CODE = 20;

	private static final Map<String, DayOfWeek> DAYS = Map.of("MON", DayOfWeek.MONDAY, "TUE", DayOfWeek.TUESDAY,
			"WED", DayOfWeek.WEDNESDAY, "THU", DayOfWeek.THURSDAY, "FRI", DayOfWeek.FRIDAY, "SAT",
			DayOfWeek.SATURDAY, "SUN", DayOfWeek.SUNDAY);

	private MasterDataValues() {
	}

	/** An IANA zone id such as {@code America/Chicago}; fixed offsets and abbreviations are refused. */
	static ZoneId zone(String id) {
		if (id == null || !id.contains("/") || !ZoneId.getAvailableZoneIds().contains(id)) {
			throw new IllegalArgumentException(Quoted.of(id) + " is not an IANA time zone such as \"America/Chicago\"");
		}
		return ZoneId.of(id);
	}

	static DayOfWeek day(String day) {
		DayOfWeek parsed = day == null ? null : DAYS.get(day.toUpperCase(Locale.ROOT));
		if (parsed == null) {
			throw new IllegalArgumentException(Quoted.of(day) + " is not a day; use MON, TUE, WED, THU, FRI, SAT or SUN");
		}
		return parsed;
	}

	static LocalTime localTime(String time) {
		try {
			return LocalTime.parse(time);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new IllegalArgumentException(Quoted.of(time) + " is not a time of day such as \"08:00\"");
		}
	}

	static LocalDateTime localDateTime(String dateTime) {
		try {
			return LocalDateTime.parse(dateTime);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new IllegalArgumentException(
					Quoted.of(dateTime) + " is not a local date and time such as \"2026-12-24T00:00\"");
		}
	}

	static Instant instant(String dateTime) {
		try {
			return OffsetDateTime.parse(dateTime).toInstant();
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new IllegalArgumentException(
					Quoted.of(dateTime) + " is not a date and time with an offset such as \"2026-12-01T14:00:00Z\"");
		}
	}

	static BookingStatus status(String status) {
		try {
			return BookingStatus.valueOf(status);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new IllegalArgumentException(Quoted.of(status) + " is not a booking status; use SCHEDULED, "
					+ "IN_PROGRESS, COMPLETED or CANCELED");
		}
	}

	static String language(String language) {
		return language == null ? "en" : language.toLowerCase(Locale.ROOT);
	}

}
