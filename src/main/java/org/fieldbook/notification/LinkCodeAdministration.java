package org.fieldbook.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's hold on the portal link codes of a booking (see PortalLinks): extend one, let it expire now,
 * or block it. Codes are kept only as hashes, so staff see them by booking and recipient, never by value.
 */
@Service
public class LinkCodeAdministration {

	public static final int MAX_EXTENSION_DAYS = 90;

	/** A link is changed only through the booking it belongs to. */
	private static final String OF_BOOKING = " WHERE id = ? AND booking_id = (SELECT id FROM booking WHERE reference = ?)";

	/** One link code of a booking as staff see it, at {@code asOf}. */
	public record LinkCode(long id, String recipient, Instant createdAt, Instant expiresAt, boolean blocked, Instant lastUsedAt,
			Instant asOf) {

		public String state() {
			return blocked ? "BLOCKED" : expiresAt.isAfter(asOf) ? "ACTIVE" : "EXPIRED";
		}

	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	LinkCodeAdministration(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<LinkCode> ofBooking(String reference) {
		Instant now = clock.instant();
		return jdbc.query("""
				SELECT l.id, c.email, l.created_at, l.expires_at, l.blocked, l.last_used_at
				  FROM portal_link_code l JOIN booking b ON b.id = l.booking_id LEFT JOIN contact c ON c.id = l.contact_id
				 WHERE b.reference = ? ORDER BY l.id""",
				(row, index) -> new LinkCode(row.getLong(1), row.getString(2), row.getTimestamp(3).toInstant(),
						row.getTimestamp(4).toInstant(), row.getBoolean(5),
						row.getTimestamp(6) == null ? null : row.getTimestamp(6).toInstant(), now),
				reference);
	}

	/** Valid for this many more days from now, or from its current end if that is later. */
	@Transactional
	public boolean extend(String reference, long id, int days) {
		if (days < 1 || days > MAX_EXTENSION_DAYS) {
			throw new IllegalArgumentException("Extend by 1 to " + MAX_EXTENSION_DAYS + " days, not " + days);
		}
		return jdbc.update("UPDATE portal_link_code SET expires_at = greatest(expires_at, ?) + make_interval(days => ?)"
				+ OF_BOOKING, Timestamp.from(clock.instant()), days, id, reference) == 1;
	}

	@Transactional
	public boolean expire(String reference, long id) {
		return jdbc.update("UPDATE portal_link_code SET expires_at = least(expires_at, ?)" + OF_BOOKING,
				Timestamp.from(clock.instant()), id, reference) == 1;
	}

	@Transactional
	public boolean block(String reference, long id) {
		return jdbc.update("UPDATE portal_link_code SET blocked = true" + OF_BOOKING, id, reference) == 1;
	}

}
