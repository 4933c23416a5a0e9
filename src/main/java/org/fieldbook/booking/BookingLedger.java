package org.fieldbook.booking;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.fieldbook.workforce.Workforce;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The booking ledger's guard against double bookings, for work that moves many bookings in one transaction.
 * Both methods act on the caller's transaction.
 */
@Repository
public class BookingLedger {

	private static final String CONSTRAINT = "booking_assignment_no_double_booking";

	/** Two active bookings that hold one technician at the same time. */
	public record DoubleBooking(String booking, String other, String technician) {
	}

	private final JdbcTemplate jdbc;

	private final Workforce workforce;

	BookingLedger(JdbcTemplate jdbc, Workforce workforce) {
		this.jdbc = jdbc;
		this.workforce = workforce;
	}

	/** Lets bookings trade places within the transaction; the check runs at its end, or at {@link #checkDoubleBookingsNow}. */
	public void deferDoubleBookingCheck() {
		jdbc.execute("SET CONSTRAINTS " + CONSTRAINT + " DEFERRED");
	}

	public void checkDoubleBookingsNow() {
		jdbc.execute("SET CONSTRAINTS " + CONSTRAINT + " IMMEDIATE");
	}

	/** The double bookings, as the transaction sees them, that involve one of these bookings (by external id). */
	public List<DoubleBooking> doubleBookings(Collection<String> bookingExternalIds) {
		record Clash(String booking, String other, long technicianId) {
		}
		List<Clash> clashes = jdbc.query("""
				SELECT mine.external_id, other.external_id, a.technician_id
				  FROM booking mine
				  JOIN booking_assignment a ON a.booking_id = mine.id AND a.active
				  JOIN booking_assignment b ON b.technician_id = a.technician_id AND b.booking_id <> a.booking_id
				                           AND b.active AND b.period && a.period
				  JOIN booking other ON other.id = b.booking_id
				 WHERE mine.external_id = ANY(?)
				 ORDER BY mine.external_id, other.external_id
				 LIMIT 50""", ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", bookingExternalIds.toArray())),
				(rs, n) -> new Clash(rs.getString(1), coalesce(rs.getString(2), "(without external id)"), rs.getLong(3)));
		Map<Long, String> technicians = workforce.externalIds(clashes.stream().map(Clash::technicianId).distinct().toList());
		return clashes.stream()
			.map(clash -> new DoubleBooking(clash.booking(), clash.other(), technicians.get(clash.technicianId())))
			.toList();
	}

	private static String coalesce(String value, String otherwise) {
		return value == null ? otherwise : value;
	}

}
