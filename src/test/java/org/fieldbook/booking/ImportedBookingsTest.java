package org.fieldbook.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.fieldbook.booking.ImportedBookings.ImportedBooking;
import org.fieldbook.support.DomainTables;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The import's bookings, matched by external id, written by booking's own SQL. */
@FieldbookIntegrationTest
class ImportedBookingsTest {

	static final Instant START = Instant.parse("2026-12-01T15:00:00Z");

	@Autowired
	ImportedBookings bookings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestClock clock;

	long ana;

	long ben;

	@BeforeEach
	void twoTechnicians() {
		DomainTables.truncate(jdbc);
		ana = technician("ana");
		ben = technician("ben");
	}

	@Test
	void anUnknownExternalIdIsCreatedAsAnImportedBooking() {
		upsert(new ImportedBooking("b1", List.of(ana, ben), START, START.plus(Duration.ofHours(1)), 41.9, -87.7,
				BookingStatus.SCHEDULED));

		assertThat(jdbc.queryForMap("SELECT source, status, location_lon, updated_at FROM booking WHERE external_id = 'b1'"))
			.containsEntry("source", BookingSource.IMPORT.name())
			.containsEntry("status", BookingStatus.SCHEDULED.name())
			.containsEntry("location_lon", -87.7)
			.containsEntry("updated_at", Timestamp.from(TestClock.DEFAULT));
		assertThat(technicians("b1")).containsExactly(ana, ben);
		Set<String> existing = transactions.execute(status -> bookings.existing(List.of("b1", "b2")));
		assertThat(existing).containsExactly("b1");
	}

	@Test
	void aKnownExternalIdIsRescheduledAndHoldsExactlyItsNewTechnicians() {
		upsert(new ImportedBooking("b1", List.of(ana), START, START.plus(Duration.ofHours(1)), 41.9, -87.7,
				BookingStatus.SCHEDULED));
		clock.advance(Duration.ofMinutes(5));

		upsert(new ImportedBooking("b1", List.of(ben), START, START.plus(Duration.ofHours(2)), 41.9, -87.7,
				BookingStatus.CANCELED));

		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking", Integer.class)).isOne();
		assertThat(jdbc.queryForMap("SELECT status, updated_at FROM booking"))
			.containsEntry("status", BookingStatus.CANCELED.name())
			.containsEntry("updated_at", Timestamp.from(TestClock.DEFAULT.plus(Duration.ofMinutes(5))));
		assertThat(technicians("b1")).containsExactly(ben);
		assertThat(jdbc.queryForMap("SELECT upper(period) = b.ends_at AS follows, active FROM booking_assignment "
				+ "JOIN booking b ON b.id = booking_id"))
			.as("the ledger follows the booking")
			.containsEntry("follows", true)
			.containsEntry("active", false);
	}

	private void upsert(ImportedBooking booking) {
		transactions.executeWithoutResult(status -> bookings.upsert(List.of(booking)));
	}

	private List<Long> technicians(String booking) {
		return jdbc.queryForList("SELECT technician_id FROM booking_assignment a JOIN booking b ON b.id = a.booking_id "
				+ "WHERE b.external_id = ? ORDER BY technician_id", Long.class, booking);
	}

	private long technician(String id) {
		return jdbc.queryForObject("INSERT INTO technician (external_id, name, time_zone, home_lat, home_lon) "
				+ "VALUES (?, ?, 'America/Chicago', 41.9, -87.6) RETURNING id", Long.class, id, id);
	}

}
