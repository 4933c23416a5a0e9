package org.fieldbook.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A confirmation, reminder or rescheduling notice that waited (in retries, or for a retry from Cockpit) while its
 * booking was canceled, completed or moved would tell the customer something no longer true: it is not sent.
 */
@Component
class StaleMessages {

	private final JdbcTemplate jdbc;

	StaleMessages(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Why the message is out of date, or empty when it may go out. */
	Optional<String> of(long notificationId) {
		List<String> reasons = jdbc.queryForList("""
				SELECT CASE WHEN b.status <> 'SCHEDULED' THEN 'not sent — the booking is ' || lower(b.status) || ' now'
				            ELSE 'not sent — the booking changed after this message was written' END
				  FROM notification n JOIN booking b ON b.id = n.booking_id
				 WHERE n.id = ? AND n.type IN ('BOOKING_CONFIRMED', 'BOOKING_REMINDER', 'BOOKING_RESCHEDULED')
				   AND (b.status <> 'SCHEDULED' OR b.updated_at > n.created_at)""", String.class, notificationId);
		return reasons.stream().findFirst();
	}

}
