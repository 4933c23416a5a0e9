package org.fieldbook.booking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bookings of the company's own planning system, written by the master data import and matched by their
 * external id. Both methods act on the caller's transaction, so that the import may defer the ledger's check
 * ({@link BookingLedger#deferDoubleBookingCheck}) over all of its bookings.
 */
@Repository
public class ImportedBookings {

	/** A booking as the company's system has it, its technicians by Fieldbook id. */
	public record ImportedBooking(String externalId, List<Long> technicianIds, Instant startsAt, Instant endsAt,
			double lat, double lon, BookingStatus status) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ImportedBookings(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Which of these external ids are bookings already. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<String> existing(Collection<String> externalIds) {
		return Set.copyOf(jdbc.query("SELECT external_id FROM booking WHERE external_id = ANY(?)",
				ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", externalIds.toArray())),
				(rs, n) -> rs.getString(1)));
	}

	/**
	 * Creates the bookings not known yet and reschedules the others (a booking keeps its source, reference and work
	 * order); each holds exactly its technicians afterwards. The ledger follows by its triggers.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void upsert(List<ImportedBooking> bookings) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.batchUpdate("""
				INSERT INTO booking (external_id, source, starts_at, ends_at, location_lat, location_lon, status, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (external_id) DO UPDATE
				   SET starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, location_lat = EXCLUDED.location_lat,
				       location_lon = EXCLUDED.location_lon, status = EXCLUDED.status, updated_at = EXCLUDED.updated_at""",
				bookings, bookings.size(), (ps, booking) -> {
					ps.setString(1, booking.externalId());
					ps.setString(2, BookingSource.IMPORT.name());
					ps.setTimestamp(3, Timestamp.from(booking.startsAt()));
					ps.setTimestamp(4, Timestamp.from(booking.endsAt()));
					ps.setDouble(5, booking.lat());
					ps.setDouble(6, booking.lon());
					ps.setString(7, booking.status().name());
					ps.setTimestamp(8, now);
				});
		String[] externalIds = bookings.stream().map(ImportedBooking::externalId).toArray(String[]::new);
		jdbc.update("""
				DELETE FROM booking_assignment a USING booking b
				 WHERE a.booking_id = b.id AND b.external_id = ANY(?)""",
				ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", externalIds)));
		List<Assignment> assignments = bookings.stream()
			.flatMap(booking -> booking.technicianIds().stream().distinct()
				.map(technician -> new Assignment(booking.externalId(), technician)))
			.toList();
		jdbc.batchUpdate("""
				INSERT INTO booking_assignment (booking_id, technician_id)
				SELECT id, ? FROM booking WHERE external_id = ?""", assignments, assignments.size(), (ps, assignment) -> {
			ps.setLong(1, assignment.technicianId());
			ps.setString(2, assignment.bookingExternalId());
		});
	}

	private record Assignment(String bookingExternalId, long technicianId) {
	}

}
