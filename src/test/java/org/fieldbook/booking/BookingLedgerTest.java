package org.fieldbook.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.fieldbook.booking.BookingLedger.DoubleBooking;
import org.fieldbook.support.DomainTables;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The database itself makes a double booking of a technician impossible. */
@FieldbookIntegrationTest
class BookingLedgerTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BookingLedger ledger;

	@Autowired
	TransactionTemplate transactions;

	long ana;

	long ben;

	@BeforeEach
	void twoTechnicians() {
		DomainTables.truncate(jdbc);
		ana = technician("ana");
		ben = technician("ben");
	}

	@Test
	void overlappingAssignmentOfOneTechnicianIsRejected() {
		assign(booking("2026-12-01T14:00Z", "2026-12-01T15:30Z"), ana);
		long overlapping = booking("2026-12-01T15:00Z", "2026-12-01T16:00Z");

		assertThatThrownBy(() -> assign(overlapping, ana)).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("booking_assignment_no_double_booking");
	}

	@Test
	void backToBackBookingsAndOtherTechniciansAreAllowed() {
		assign(booking("2026-12-01T14:00Z", "2026-12-01T15:30Z"), ana);
		long overlapping = booking("2026-12-01T15:00Z", "2026-12-01T16:00Z");

		assign(booking("2026-12-01T15:30Z", "2026-12-01T16:30Z"), ana);
		assign(overlapping, ben);

		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking_assignment WHERE active", Integer.class)).isEqualTo(3);
	}

	@Test
	void canceledBookingFreesTheTime() {
		long first = booking("2026-12-01T14:00Z", "2026-12-01T15:30Z");
		assign(first, ana);

		jdbc.update("UPDATE booking SET status = 'CANCELED' WHERE id = ?", first);
		assign(booking("2026-12-01T14:30Z", "2026-12-01T15:00Z"), ana);

		assertThat(jdbc.queryForObject("SELECT active FROM booking_assignment WHERE booking_id = ?", Boolean.class, first))
			.isFalse();
	}

	@Test
	void reschedulingIntoAnotherBookingOfTheTechnicianIsRejected() {
		assign(booking("2026-12-01T14:00Z", "2026-12-01T15:00Z"), ana);
		long later = booking("2026-12-01T16:00Z", "2026-12-01T17:00Z");
		assign(later, ana);

		assertThatThrownBy(() -> jdbc.update("UPDATE booking SET starts_at = '2026-12-01T14:30Z' WHERE id = ?", later))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("booking_assignment_no_double_booking");
	}

	@Test
	void reactivatingACanceledBookingThatLostItsTimeIsRejected() {
		long canceled = booking("2026-12-01T14:00Z", "2026-12-01T15:00Z");
		assign(canceled, ana);
		jdbc.update("UPDATE booking SET status = 'CANCELED' WHERE id = ?", canceled);
		assign(booking("2026-12-01T14:00Z", "2026-12-01T15:00Z"), ana);

		assertThatThrownBy(() -> jdbc.update("UPDATE booking SET status = 'SCHEDULED' WHERE id = ?", canceled))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aDeferredDoubleBookingNamesBothBookingsAndTheTechnician() {
		transactions.executeWithoutResult(status -> {
			ledger.deferDoubleBookingCheck();
			long first = booking("2026-12-01T14:00Z", "2026-12-01T15:30Z");
			long second = booking("2026-12-01T15:00Z", "2026-12-01T16:00Z");
			jdbc.update("UPDATE booking SET external_id = CASE WHEN id = ? THEN 'b1' ELSE 'b2' END", first);
			assign(first, ana);
			assign(second, ana);
			assign(second, ben);

			assertThat(ledger.doubleBookings(List.of("b1"))).containsExactly(new DoubleBooking("b1", "b2", "ana"));
			status.setRollbackOnly();
		});
	}

	private long technician(String id) {
		return jdbc.queryForObject("INSERT INTO technician (external_id, name, time_zone, home_lat, home_lon) "
				+ "VALUES (?, ?, 'America/Chicago', 41.9, -87.6) RETURNING id", Long.class, id, id);
	}

	private long booking(String start, String end) {
		return jdbc.queryForObject("INSERT INTO booking (source, starts_at, ends_at, location_lat, location_lon, status) "
				+ "VALUES ('BACK_OFFICE', ?::timestamptz, ?::timestamptz, 41.9, -87.6, 'SCHEDULED') RETURNING id", Long.class,
				start, end);
	}

	private void assign(long booking, long technician) {
		jdbc.update("INSERT INTO booking_assignment (booking_id, technician_id) VALUES (?, ?)", booking, technician);
	}

}
