package org.fieldbook.booking;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.fieldbook.settings.MessagingExclusions;
import org.fieldbook.settings.PortalSettingsService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which bookings get a reminder, and the claim that makes it one per booking and appointment time: the claim
 * is a conditional update of {@code reminded_for}, so of two jobs (or two nodes) only one wins, a rescheduled
 * booking can be claimed again for its new time, and a canceled or completed one never.
 */
@Service
public class BookingReminders {

	/**
	 * Due a reminder; the literals match the partial index {@code booking_due_reminder} (V26). A reminder is for the
	 * time promised: the arrival window's start, or the exact start; a move inside the window is not a new time.
	 */
	private static final String DUE = """
			b.source = 'PORTAL' AND b.status = 'SCHEDULED'
			AND b.reminded_for IS DISTINCT FROM coalesce(b.window_starts_at, b.starts_at)
			AND b.starts_at > ? AND b.starts_at <= ?
			AND NOT w.account_id = ANY(?) AND NOT w.service_type_id = ANY(?)""";

	private final JdbcTemplate jdbc;

	private final PortalSettingsService settings;

	BookingReminders(JdbcTemplate jdbc, PortalSettingsService settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * The ids of the next due bookings after the booking id {@code after}, at most {@code limit}, in the order of their ids:
	 * portal bookings, scheduled, starting within the reminder window, not excluded, not yet reminded for their time.
	 */
	@Transactional(readOnly = true)
	public List<Long> due(Instant now, long after, int limit) {
		return jdbc.queryForList("SELECT b.id FROM booking b JOIN work_order w ON w.id = b.work_order_id WHERE " + DUE
				+ " AND b.id > ? ORDER BY b.id LIMIT ?", Long.class, dueArguments(now, after, limit));
	}

	/**
	 * Claims, in the caller's transaction, the reminders of the bookings due one with an id above {@code after} and up
	 * to {@code upTo}, for their current times: the bookings claimed, in the order of their ids. The rows are locked
	 * in that order first, so two claims of one range (two runs, two nodes) wait for each other instead of
	 * deadlocking, and the second claims none of what the first did.
	 */
	@Transactional
	public List<DueReminder> claimDue(Instant now, long after, long upTo) {
		return jdbc.query("WITH due AS (SELECT b.id FROM booking b JOIN work_order w ON w.id = b.work_order_id WHERE " + DUE
				+ " AND b.id > ? AND b.id <= ? ORDER BY b.id FOR UPDATE OF b)"
				+ " UPDATE booking SET reminded_for = coalesce(window_starts_at, starts_at) FROM due"
				+ " WHERE booking.id = due.id"
				+ " AND booking.reminded_for IS DISTINCT FROM coalesce(booking.window_starts_at, booking.starts_at)"
				+ " RETURNING booking.id, booking.reference", (rs, row) -> new DueReminder(rs.getLong(1), rs.getString(2)),
				dueArguments(now, after, upTo))
			.stream()
			.sorted(Comparator.comparingLong(DueReminder::bookingId))
			.toList();
	}

	private Object[] dueArguments(Instant now, long after, long last) {
		Duration window = Duration.ofDays(settings.messaging().reminderWindowDays());
		MessagingExclusions excluded = settings.messagingExclusions();
		return new Object[] { Timestamp.from(now), Timestamp.from(now.plus(window)), excluded.accounts().toArray(Long[]::new),
				excluded.serviceTypes().toArray(Long[]::new), after, last };
	}

	/**
	 * Claims the reminder of a booking for its current time: its reference when claimed, empty when the reminder is
	 * taken, the booking moved away or no longer scheduled. Only runs of the reminder model before batches claim one
	 * booking at a time.
	 */
	@Transactional
	public Optional<String> claim(long bookingId) {
		return jdbc.queryForList("""
				UPDATE booking SET reminded_for = coalesce(window_starts_at, starts_at)
				 WHERE id = ? AND source = ? AND status = ?
				   AND reminded_for IS DISTINCT FROM coalesce(window_starts_at, starts_at)
				RETURNING reference""", String.class, bookingId, BookingSource.PORTAL.name(), BookingStatus.SCHEDULED.name())
			.stream()
			.findFirst();
	}

	/** A booking due a reminder: its id and its reference. */
	public record DueReminder(long bookingId, String reference) {
	}

}
