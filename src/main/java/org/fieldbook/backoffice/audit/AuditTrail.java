package org.fieldbook.backoffice.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The one writer and reader of {@code audit_entry}: what staff did in the back office, read-only once written. */
@Service
public class AuditTrail {

	public static final int PAGE_SIZE = 50;

	/** One staff action: {@code action} is a stable code such as {@code link-code.extended}, {@code details} old → new. */
	public record Entry(long id, Instant occurredAt, String actor, String action, String subject, String details) {
	}

	/** One page of the entries matching a filter; {@code page} counts from 1. */
	public record Page(List<Entry> items, int page, int pages, long total) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(String actor, String action, String subject, String details) {
		jdbc.sql("INSERT INTO audit_entry (occurred_at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)")
			.params(Timestamp.from(clock.instant()), actor, action, subject, details)
			.update();
	}

	public Page find(AuditFilter filter, int page) {
		List<String> conditions = new ArrayList<>(List.of("TRUE"));
		List<Object> params = new ArrayList<>();
		where(conditions, params, "actor = ?", filter.actor());
		where(conditions, params, "action = ?", filter.action());
		where(conditions, params, "subject = ?", filter.subject());
		where(conditions, params, "occurred_at >= ?", filter.since() == null ? null : Timestamp.from(filter.since()));
		where(conditions, params, "occurred_at < ?", filter.before() == null ? null : Timestamp.from(filter.before()));
		String where = " WHERE " + String.join(" AND ", conditions);
		long total = jdbc.sql("SELECT count(*) FROM audit_entry" + where).params(params).query(Long.class).single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(page, 1), pages);
		String order = filter.oldestFirst() ? "ASC" : "DESC";
		List<Object> paging = new ArrayList<>(params);
		paging.add(PAGE_SIZE);
		paging.add((long) (shown - 1) * PAGE_SIZE);
		List<Entry> items = jdbc
			.sql("SELECT id, occurred_at, actor, action, subject, details FROM audit_entry" + where + " ORDER BY occurred_at "
					+ order + ", id " + order + " LIMIT ? OFFSET ?")
			.params(paging)
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("subject"), rs.getString("details")))
			.list();
		return new Page(items, shown, pages, total);
	}

	private static void where(List<String> conditions, List<Object> params, String condition, Object value) {
		if (value != null) {
			conditions.add(condition);
			params.add(value);
		}
	}

}
