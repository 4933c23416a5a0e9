package org.fieldbook.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
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

	/** One link code as stored. */
	record Stored(long id, long bookingId, Long contactId, Instant createdAt, Instant expiresAt, boolean blocked, Instant lastUsedAt) {
	}

	private static final String COLUMNS = """
			SELECT id, booking_id, contact_id, created_at, expires_at, blocked, last_used_at FROM portal_link_code""";

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

	/** The codes matching {@code where}, one page of them in this order. */
	List<Stored> find(Conditions where, String orderBy, int page) {
		return jdbc.query(COLUMNS + where.where() + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?", LinkCodes::stored,
				where.params(page).toArray());
	}

	long count(Conditions where) {
		return jdbc.queryForObject("SELECT count(*) FROM portal_link_code" + where.where(), Long.class,
				where.params().toArray());
	}

	Optional<Stored> byId(long id) {
		return jdbc.query(COLUMNS + " WHERE id = ?", LinkCodes::stored, id).stream().findFirst();
	}

	/** Valid for this many more days from now, or from its current end if that is later. */
	boolean extend(long id, Instant now, int days) {
		return jdbc.update("""
				UPDATE portal_link_code SET expires_at = greatest(expires_at, ?) + make_interval(days => ?) WHERE id = ?""",
				Timestamp.from(now), days, id) == 1;
	}

	boolean expire(long id, Instant now) {
		return jdbc.update("UPDATE portal_link_code SET expires_at = least(expires_at, ?) WHERE id = ?", Timestamp.from(now),
				id) == 1;
	}

	boolean block(long id) {
		return jdbc.update("UPDATE portal_link_code SET blocked = true WHERE id = ?", id) == 1;
	}

	private static Stored stored(ResultSet row, int index) throws SQLException {
		return new Stored(row.getLong("id"), row.getLong("booking_id"), row.getObject("contact_id", Long.class),
				row.getTimestamp("created_at").toInstant(), row.getTimestamp("expires_at").toInstant(),
				row.getBoolean("blocked"), row.getTimestamp("last_used_at") == null ? null : row.getTimestamp("last_used_at").toInstant());
	}

}
