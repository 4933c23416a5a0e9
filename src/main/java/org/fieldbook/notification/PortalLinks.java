package org.fieldbook.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.fieldbook.system.SecretCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The links in our messages. Each carries a fresh code of its own; only the code's hash is stored, so the
 * link in the message is the only place the code exists.
 */
@Component
class PortalLinks {

	private final JdbcTemplate jdbc;

	private final String baseUrl;

	private final Clock clock;

	PortalLinks(JdbcTemplate jdbc, @Value("${fieldbook.portal.base-url}") String baseUrl, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** A portal link code for a booking, valid for the given days (the back office can extend or block it). */
	String booking(long bookingId, long contactId, int validityDays) {
		String code = SecretCodes.newCode();
		jdbc.update("INSERT INTO portal_link_code (code_hash, booking_id, contact_id, expires_at) VALUES (?, ?, ?, ?)",
				SecretCodes.hash(code), bookingId, contactId,
				Timestamp.from(clock.instant().plus(Duration.ofDays(validityDays))));
		return baseUrl + "/b/" + code;
	}

	/** Where emails load the header image of the portal settings from. */
	String headerImage() {
		return baseUrl + "/branding/header-image";
	}

	/** Issues the invitation's single-use code; an invitation gets its code once, when its email is rendered. */
	String invitation(long invitationId) {
		String code = SecretCodes.newCode();
		int issued = jdbc.update("UPDATE invitation SET code_hash = ? WHERE id = ? AND code_hash IS NULL",
				SecretCodes.hash(code), invitationId);
		if (issued != 1) {
			throw new IllegalStateException("Invitation " + invitationId + " already has its code");
		}
		return baseUrl + "/invitation/" + code;
	}
}
