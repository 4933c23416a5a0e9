package org.fieldbook.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class AppointmentTimeTest {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	@Test
	void winterAppointmentShowsStandardTime() {
		// 14:00Z on Tuesday 3 March 2026 is 08:00 CST (UTC-6).
		assertThat(AppointmentTime.format(Instant.parse("2026-03-03T14:00:00Z"), Instant.parse("2026-03-03T15:30:00Z"), CHICAGO,
				Locale.ENGLISH)).isEqualTo("Tue 3 Mar, 08:00–09:30 CST");
	}

	@Test
	void appointmentAfterTheSpringChangeShowsDaylightTime() {
		// Booked from winter for Tuesday 10 March, after the 8 March switch: 08:00 CDT is 13:00Z.
		assertThat(AppointmentTime.format(Instant.parse("2026-03-10T13:00:00Z"), Instant.parse("2026-03-10T14:30:00Z"), CHICAGO,
				Locale.ENGLISH)).isEqualTo("Tue 10 Mar, 08:00–09:30 CDT");
	}

	@Test
	void theLocationsZoneNotTheServersIsUsed() {
		assertThat(AppointmentTime.format(Instant.parse("2026-03-10T13:00:00Z"), Instant.parse("2026-03-10T14:30:00Z"),
				ZoneId.of("America/Denver"), Locale.ENGLISH)).isEqualTo("Tue 10 Mar, 07:00–08:30 MDT");
	}

	@Test
	void dayAndMonthFollowTheContactsLanguage() {
		String spanish = AppointmentTime.format(Instant.parse("2026-03-03T14:00:00Z"), Instant.parse("2026-03-03T15:30:00Z"),
				CHICAGO, Locale.forLanguageTag("es"));
		String german = AppointmentTime.format(Instant.parse("2026-03-03T14:00:00Z"), Instant.parse("2026-03-03T15:30:00Z"),
				CHICAGO, Locale.GERMAN);

		assertThat(spanish).startsWith("mar 3 mar").contains("08:00–09:30");
		assertThat(german).startsWith("Di. 3 März").contains("08:00–09:30");
	}

	@Test
	void jobThatRunsPastMidnightNamesBothDays() {
		assertThat(AppointmentTime.format(Instant.parse("2026-03-04T05:00:00Z"), Instant.parse("2026-03-04T07:00:00Z"), CHICAGO,
				Locale.ENGLISH)).isEqualTo("Tue 3 Mar, 23:00–Wed 4 Mar, 01:00 CST");
	}

}
