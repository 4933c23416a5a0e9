package org.fieldbook.notification;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The messages that failed for good, for the back office's figures of the day. */
@Service
public class FailedMessages {

	private final JdbcTemplate jdbc;

	FailedMessages(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** How many messages failed from {@code from}, included, to {@code to}, excluded; a failure is final, so it is dated once. */
	@Transactional(readOnly = true)
	public long countBetween(Instant from, Instant to) {
		return jdbc.queryForObject("SELECT count(*) FROM notification WHERE state = ? AND updated_at >= ? AND updated_at < ?",
				Long.class, NotificationState.FAILED.name(), Timestamp.from(from), Timestamp.from(to));
	}

}
