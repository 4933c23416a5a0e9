package org.fieldbook.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.fieldbook.masterdata.MasterDataFile.BookingRecord;
import org.fieldbook.masterdata.MasterDataFile.Coordinates;
import org.fieldbook.masterdata.MasterDataFile.TechnicianRecord;
import org.junit.jupiter.api.Test;

class DemoCompanyTest {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	@Test
	void bookingsMoveToTheComingWeeksKeepingWeekdayAndLocalTimeAcrossDaylightSaving() {
		// Monday 2026-12-07 08:00 in Chicago (CST, UTC-6) is 14:00Z.
		MasterDataFile file = fileWithBooking("2026-12-07T14:00:00Z", "2026-12-07T15:30:00Z");

		// Next Monday after 2027-03-20 is 2027-03-22, after the switch to CDT (UTC-5) on 2027-03-14.
		BookingRecord moved = DemoCompany.inComingWeeks(file, LocalDate.of(2027, 3, 20)).bookings().get(0);

		ZonedDateTime start = ZonedDateTime.parse(moved.start()).withZoneSameInstant(CHICAGO);
		assertThat(start.toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 22));
		assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(8, 0));
		assertThat(moved.start()).isEqualTo("2027-03-22T13:00:00Z");
		assertThat(moved.end()).isEqualTo("2027-03-22T14:30:00Z");
	}

	@Test
	void anchorWeekBecomesNextWeekEvenOnAMonday() {
		MasterDataFile file = fileWithBooking("2026-12-07T14:00:00Z", "2026-12-07T15:30:00Z");

		BookingRecord moved = DemoCompany.inComingWeeks(file, LocalDate.of(2026, 11, 30)).bookings().get(0);

		assertThat(moved.start()).isEqualTo("2026-12-07T14:00:00Z");
	}

	private static MasterDataFile fileWithBooking(String start, String end) {
		TechnicianRecord technician = new TechnicianRecord("t1", "Ana", CHICAGO.getId(), new Coordinates(41.9, -87.6),
				List.of(), List.of(), List.of(), List.of());
		BookingRecord booking = new BookingRecord("b1", List.of("t1"), start, end, new Coordinates(41.9, -87.6), "SCHEDULED");
		return new MasterDataFile(null, null, null, List.of(technician), null, List.of(booking));
	}

}
