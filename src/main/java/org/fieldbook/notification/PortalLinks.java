package org.fieldbook.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The links in our messages. Each carries a fresh code of its own; only the code's hash is stored, so the
 * link in the message is the only place the code exists.
 */
@Component
class PortalLinks {

	private final LinkCodes codes;

	private final InvitationCodes invitations;

	private final String baseUrl;

	private final Clock clock;

	PortalLinks(LinkCodes codes, InvitationCodes invitations, @Value("${fieldbook.portal.base-url}") String baseUrl,
			Clock clock) {
		this.codes = codes;
		this.invitations = invitations;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** A portal link code for a booking, valid for the given days (the back office can extend or block it). */
	String booking(long bookingId, long contactId, int validityDays) {
		Instant now = clock.instant();
		return baseUrl + "/b/" + codes.issue(bookingId, contactId, now, now.plus(Duration.ofDays(validityDays)));
	}

	/** A booking link as examples show it: it opens no booking, and no code is issued for it. */
	String example() {
		return baseUrl + "/b/example";
	}

	/** Where emails load the header image of the portal settings from. */
	String headerImage() {
		return baseUrl + "/branding/header-image";
	}

	/** Issues the invitation's single-use code; an invitation gets its code once, when its email is rendered. */
	String invitation(long invitationId) {
		return baseUrl + "/invitation/" + invitations.issueCode(invitationId);
	}
}
