package org.fieldbook.booking;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What happened to bookings in a span of time, for the back office's figures of the day. */
@Service
public class BookingActivity {

	/**
	 * Bookings booked (imported ones are not: they were booked elsewhere), moved (counted once however often),
	 * canceled and completed from {@code from}, included, to {@code to}, excluded.
	 */
	public record Counts(long booked, long moved, long canceled, long completed) {
	}

	private final JdbcTemplate jdbc;

	BookingActivity(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Counts between(Instant from, Instant to) {
		Timestamp since = Timestamp.from(from);
		Timestamp before = Timestamp.from(to);
		return jdbc.queryForObject("""
				SELECT count(*) FILTER (WHERE created_at >= ? AND created_at < ? AND source IN ('PORTAL', 'BACK_OFFICE')),
				       count(*) FILTER (WHERE moved_at >= ? AND moved_at < ?),
				       count(*) FILTER (WHERE canceled_at >= ? AND canceled_at < ?),
				       count(*) FILTER (WHERE completed_at >= ? AND completed_at < ?)
				  FROM booking
				 WHERE created_at >= ? AND created_at < ? OR moved_at >= ? AND moved_at < ?
				    OR canceled_at >= ? AND canceled_at < ? OR completed_at >= ? AND completed_at < ?""",
				(rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), since, before, since, before,
				since, before, since, before, since, before, since, before, since, before, since, before);
	}

}
