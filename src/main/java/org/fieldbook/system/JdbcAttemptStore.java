package org.fieldbook.system;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The failures of every node, in PostgreSQL: a node counts what the others recorded. Bounded whatever attackers
 * send: each key keeps its {@code perKey} latest failures, and failures older than the window are deleted whenever one
 * is added.
 */
@Component
class JdbcAttemptStore implements AttemptStore {

	private final JdbcTemplate jdbc;

	private final int perKey;

	private final Duration retention;

	@Autowired
	JdbcAttemptStore(JdbcTemplate jdbc) {
		this(jdbc, AttemptThrottle.MOST_FAILURES, AttemptThrottle.WINDOW);
	}

	JdbcAttemptStore(JdbcTemplate jdbc, int perKey, Duration retention) {
		this.jdbc = jdbc;
		this.perKey = perKey;
		this.retention = retention;
	}

	@Override
	public int count(String key, Instant since, Instant until) {
		return jdbc.queryForObject("""
				SELECT count(*) FROM sign_in_failure WHERE key = ? AND failed_at > ? AND failed_at <= ?""", Integer.class,
				key, Timestamp.from(since), Timestamp.from(until));
	}

	@Override
	public void add(String key, Instant at) {
		jdbc.update("INSERT INTO sign_in_failure (key, failed_at) VALUES (?, ?)", key, Timestamp.from(at));
		jdbc.update("DELETE FROM sign_in_failure WHERE failed_at < ?", Timestamp.from(at.minus(retention)));
		jdbc.update("""
				DELETE FROM sign_in_failure WHERE key = ? AND id NOT IN (
				  SELECT id FROM sign_in_failure WHERE key = ? ORDER BY id DESC LIMIT ?)""", key, key,
				perKey);
	}

}
