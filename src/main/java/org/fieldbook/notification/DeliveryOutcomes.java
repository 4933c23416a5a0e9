package org.fieldbook.notification;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what became of a delivery in a transaction of its own, so it stays written when the job that sent the
 * message fails and is rolled back: a failed try keeps its count and error, and a message once sent is known
 * to be sent by every retry.
 */
@Component
class DeliveryOutcomes {

	/** The code of a portal or invitation link (see PortalLinks): 22 URL-safe characters after /b/, /invitation/ or /password-reset/. */
	static final String LINK_CODE = "/(b|invitation|password-reset)/[A-Za-z0-9_-]{22}";

	static final String REDACTED = "/\\1/(code removed after sending)";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DeliveryOutcomes(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Sent: from now on the codes in its links exist only in the customer's message; the log keeps the content
	 * with each code replaced, so nobody can follow a customer's link from the back office.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void sent(long notificationId, String providerId) {
		Timestamp now = clockTime();
		jdbc.update("""
				UPDATE notification SET state = 'SENT', provider_id = ?, attempts = attempts + 1, last_error = NULL,
				       sent_at = ?, updated_at = ?,
				       body = regexp_replace(body, ?, ?, 'g'),
				       html_body = regexp_replace(html_body, ?, ?, 'g'),
				       calendar = regexp_replace(calendar, ?, ?, 'g')
				 WHERE id = ?""", providerId, now, now, LINK_CODE, REDACTED, LINK_CODE, REDACTED, LINK_CODE, REDACTED, notificationId);
	}

	/** A try that may succeed later: the state stays pending. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failedTry(long notificationId, String error) {
		jdbc.update("UPDATE notification SET attempts = attempts + 1, last_error = ?, updated_at = ? WHERE id = ?",
				clip(error), clockTime(), notificationId);
	}

	/** The provider refused the message for good (an invalid number, say): failed, with the provider's code and message. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void rejected(long notificationId, String code, String message) {
		jdbc.update("""
				UPDATE notification SET state = 'FAILED', provider_code = ?, provider_message = ?, last_error = ?,
				       attempts = attempts + 1, updated_at = ?
				 WHERE id = ?""", code, clip(message), clip(code + ": " + message), clockTime(), notificationId);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void skipped(long notificationId, String reason) {
		jdbc.update("UPDATE notification SET state = 'SKIPPED', provider_message = ?, updated_at = ? WHERE id = ?",
				reason, clockTime(), notificationId);
	}

	private Timestamp clockTime() {
		return Timestamp.from(clock.instant());
	}

	private static String clip(String text) {
		return text == null ? null : text.substring(0, Math.min(text.length(), 1000));
	}

}
