package org.fieldbook.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fieldbook.system.SecretCodes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The one writer of {@code portal_link_code}: the codes in the links of our messages. Only a code's hash is stored,
 * so the link in the message is the only place the code exists.
 */
@Repository
class LinkCodes {

	/** One link code of a booking as stored. */
	record Stored(long id, Long contactId, Instant createdAt, Instant expiresAt, boolean blocked, Instant lastUsedAt) {
	}

	private final JdbcTemplate jdbc;

	LinkCodes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A new code for the booking, valid until {@code expiresAt}; returns the code itself. */
	String issue(long bookingId, long contactId, Instant now, Instant expiresAt) {
		String code = SecretCodes.newCode();
		jdbc.update("INSERT INTO portal_link_code (code_hash, booking_id, contact_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
				SecretCodes.hash(code), bookingId, contactId, Timestamp.from(now), Timestamp.from(expiresAt));
		return code;
	}

	/** The booking the code opens while it is neither expired nor blocked; records its use. */
	Optional<Long> use(String code, Instant now) {
		return jdbc.queryForList("""
				UPDATE portal_link_code SET last_used_at = ?
				 WHERE code_hash = ? AND NOT blocked AND expires_at > ? RETURNING booking_id""", Long.class,
				Timestamp.from(now), SecretCodes.hash(code), Timestamp.from(now)).stream().findFirst();
	}

	List<Stored> ofBooking(long bookingId) {
		return jdbc.query("""
				SELECT id, contact_id, created_at, expires_at, blocked, last_used_at
				  FROM portal_link_code WHERE booking_id = ? ORDER BY id""",
				(row, index) -> new Stored(row.getLong(1), row.getObject(2, Long.class), row.getTimestamp(3).toInstant(),
						row.getTimestamp(4).toInstant(), row.getBoolean(5),
						row.getTimestamp(6) == null ? null : row.getTimestamp(6).toInstant()),
				bookingId);
	}

	/** Valid for this many more days from now, or from its current end if that is later. */
	boolean extend(long bookingId, long id, Instant now, int days) {
		return jdbc.update("""
				UPDATE portal_link_code SET expires_at = greatest(expires_at, ?) + make_interval(days => ?)
				 WHERE id = ? AND booking_id = ?""", Timestamp.from(now), days, id, bookingId) == 1;
	}

	boolean expire(long bookingId, long id, Instant now) {
		return jdbc.update("UPDATE portal_link_code SET expires_at = least(expires_at, ?) WHERE id = ? AND booking_id = ?",
				Timestamp.from(now), id, bookingId) == 1;
	}

	boolean block(long bookingId, long id) {
		return jdbc.update("UPDATE portal_link_code SET blocked = true WHERE id = ? AND booking_id = ?", id, bookingId) == 1;
	}

}
