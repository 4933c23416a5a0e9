package org.fieldbook.booking;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.fieldbook.scheduling.Reason;
import org.fieldbook.scheduling.SlotSearchResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a portal search found, for {@link UnmetDemand}: one row per account, service type and hour, the
 * latest search of that hour giving the outcome, so a customer clicking through dates counts once.
 */
@Repository
class SlotSearchOutcomes {

	private final JdbcTemplate jdbc;

	SlotSearchOutcomes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** In a transaction of its own, outside the customer's read-only one. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(Instant searchedAt, long accountId, long serviceTypeId, String territory, LocalDate from,
			LocalDate to, SlotSearchResult result) {
		Reason reason = result.isEmpty() && !result.reasons().isEmpty() ? result.reasons().get(0) : null;
		jdbc.update("""
				INSERT INTO slot_search_outcome (searched_at, searched_hour, account_id, service_type_id, territory,
				                                 window_from, window_to, found, reason_code, reason_subject, reason_level,
				                                 fully_booked_until)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (account_id, service_type_id, searched_hour) DO UPDATE
				   SET searched_at = excluded.searched_at, territory = excluded.territory,
				       window_from = excluded.window_from, window_to = excluded.window_to, found = excluded.found,
				       reason_code = excluded.reason_code, reason_subject = excluded.reason_subject,
				       reason_level = excluded.reason_level, fully_booked_until = excluded.fully_booked_until,
				       searches = slot_search_outcome.searches + 1""", Timestamp.from(searchedAt),
				Timestamp.from(searchedAt.truncatedTo(ChronoUnit.HOURS)), accountId, serviceTypeId, cut(territory, 100),
				Date.valueOf(from), Date.valueOf(to), !result.isEmpty(), reason == null ? null : reason.code().name(),
				reason == null ? null : cut(reason.subject(), 100), reason == null ? 0 : reason.level(),
				reason == null || reason.until() == null ? null : Date.valueOf(reason.until()));
	}

	private static String cut(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

}
