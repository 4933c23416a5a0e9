package org.fieldbook.booking;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fieldbook.workforce.Workforce;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The booking ledger's guards against double bookings: a technician held twice at once (an exclusion constraint,
 * which work that moves many bookings in one transaction may defer), and one customer's same visit booked twice.
 * Every method acts on the caller's transaction.
 */
@Repository
public class BookingLedger {

	private static final String CONSTRAINT = "booking_assignment_no_double_booking";

	/** The namespace of {@code pg_advisory_xact_lock(int, int)} for an account's visits (notification's is 5 001). */
	private static final int VISITS_OF_ACCOUNT = 5_002;

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

	/**
	 * Another open visit of the same service type for the same account and site (the same asset, or both without
	 * one) whose time overlaps this booking's, as written in this transaction: the visit itself or the arrival window
	 * promised for it, so that one window is not booked twice for the same visit at two planned starts. Takes a lock on the account's visits
	 * first, held to the end of the transaction, so that of two transactions writing such visits at once the second
	 * waits and then sees the first.
	 *
	 * @return the reference of that other visit
	 */
	Optional<String> sameVisitAtAnOverlappingTime(long bookingId) {
		long accountId = jdbc.queryForObject(
				"SELECT w.account_id FROM booking b JOIN work_order w ON w.id = b.work_order_id WHERE b.id = ?", Long.class,
				bookingId);
		jdbc.query("SELECT pg_advisory_xact_lock(?, ?)", rs -> null, VISITS_OF_ACCOUNT, Long.hashCode(accountId));
		return jdbc.queryForList("""
				SELECT other.reference
				  FROM booking mine
				  JOIN work_order w ON w.id = mine.work_order_id
				  JOIN work_order ow ON ow.account_id = w.account_id AND ow.service_type_id = w.service_type_id
				                    AND ow.asset_id IS NOT DISTINCT FROM w.asset_id
				  JOIN booking other ON other.work_order_id = ow.id AND other.id <> mine.id
				 WHERE mine.id = ? AND other.status IN (?, ?)
				   AND tstzrange(coalesce(other.window_starts_at, other.starts_at), greatest(other.window_ends_at, other.ends_at))
				    && tstzrange(coalesce(mine.window_starts_at, mine.starts_at), greatest(mine.window_ends_at, mine.ends_at))
				 ORDER BY other.starts_at
				 LIMIT 1""", String.class, bookingId, BookingStatus.SCHEDULED.name(), BookingStatus.IN_PROGRESS.name())
			.stream()
			.findFirst();
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
