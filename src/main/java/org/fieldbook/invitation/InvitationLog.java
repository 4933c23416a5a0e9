package org.fieldbook.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fieldbook.system.LikePatterns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitations as staff see them: each email address's latest invitation (an earlier one was replaced by a
 * re-issue). A pending invitation past its expiry counts as expired even before its process's timer says so.
 */
@Service
public class InvitationLog {

	public static final int PAGE_SIZE = 50;

	/** One invitation; {@code contactId} is null once the contact was deleted, {@code sent} once its email had its code. */
	public record Entry(long id, Long contactId, String email, InvitationStatus status, boolean reissue, boolean sent,
			Instant sentAt, Instant expiresAt, Instant redeemedAt) {

		/** Staff may re-issue any invitation not redeemed, while its contact exists. */
		public boolean reissuable() {
			return status != InvitationStatus.REDEEMED && contactId != null;
		}

		public boolean revocable() {
			return status == InvitationStatus.PENDING;
		}

	}

	/** The columns a list can be sorted by. */
	public enum Order {

		SENT("i.created_at"), EXPIRES("i.expires_at"), REDEEMED("i.redeemed_at"), EMAIL("lower(i.email)"), STATUS("status");

		private final String column;

		Order(String column) {
			this.column = column;
		}

	}

	/**
	 * What to list; a null field is no filter. {@code text} matches a part of the email address or one of
	 * {@code contactIds} (the contacts whose name or account matched it); {@code sentFrom} included, {@code sentBefore}
	 * excluded.
	 */
	public record Query(InvitationStatus status, String text, Collection<Long> contactIds, Instant sentFrom,
			Instant sentBefore, Order order, boolean ascending) {
	}

	/** One page of a query's invitations; {@code page} counts from 1. */
	public record Page(List<Entry> items, int page, int pages, long total) {
	}

	private static final String STATUS = "CASE WHEN i.status = 'PENDING' AND i.expires_at <= :now THEN 'EXPIRED' ELSE i.status END";

	private static final String COLUMNS = "SELECT i.id, i.contact_id, i.email, " + STATUS
			+ " AS status, i.reissue, i.code_hash IS NOT NULL AS sent, i.created_at, i.expires_at, i.redeemed_at";

	private static final String LATEST = """
			NOT EXISTS (SELECT 1 FROM invitation later WHERE lower(later.email) = lower(i.email) AND later.id > i.id)""";

	private final JdbcClient jdbc;

	private final Clock clock;

	InvitationLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page find(Query query, int page) {
		List<String> where = new ArrayList<>(List.of(LATEST));
		Timestamp now = Timestamp.from(clock.instant());
		if (query.status() != null) {
			where.add(STATUS + " = :status");
		}
		if (query.text() != null) {
			where.add("(lower(i.email) LIKE :text OR i.contact_id = ANY(:contacts))");
		}
		if (query.sentFrom() != null) {
			where.add("i.created_at >= :from");
		}
		if (query.sentBefore() != null) {
			where.add("i.created_at < :before");
		}
		String from = " FROM invitation i WHERE " + String.join(" AND ", where);
		long total = bind(jdbc.sql("SELECT count(*)" + from), query, now).query(Long.class).single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(page, 1), pages);
		String direction = query.ascending() ? " ASC" : " DESC";
		List<Entry> items = bind(jdbc.sql(COLUMNS + from
				+ " ORDER BY " + query.order().column + direction + " NULLS LAST, i.id" + direction + " LIMIT :limit OFFSET :offset"),
				query, now)
			.param("limit", PAGE_SIZE)
			.param("offset", (long) (shown - 1) * PAGE_SIZE)
			.query(InvitationLog::entry)
			.list();
		return new Page(items, shown, pages, total);
	}

	@Transactional(readOnly = true)
	public Optional<Entry> entry(long invitationId) {
		return jdbc.sql(COLUMNS + " FROM invitation i WHERE i.id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", invitationId)
			.query(InvitationLog::entry)
			.optional();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Query query, Timestamp now) {
		statement = statement.param("now", now);
		if (query.status() != null) {
			statement = statement.param("status", query.status().name());
		}
		if (query.text() != null) {
			statement = statement.param("text", LikePatterns.lowerCaseContaining(query.text()))
				.param("contacts", query.contactIds().toArray(Long[]::new));
		}
		if (query.sentFrom() != null) {
			statement = statement.param("from", Timestamp.from(query.sentFrom()));
		}
		if (query.sentBefore() != null) {
			statement = statement.param("before", Timestamp.from(query.sentBefore()));
		}
		return statement;
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		Timestamp redeemed = rs.getTimestamp("redeemed_at");
		return new Entry(rs.getLong("id"), rs.getObject("contact_id", Long.class), rs.getString("email"),
				InvitationStatus.valueOf(rs.getString("status")), rs.getBoolean("reissue"), rs.getBoolean("sent"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				redeemed == null ? null : redeemed.toInstant());
	}

}
