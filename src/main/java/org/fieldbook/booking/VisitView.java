package org.fieldbook.booking;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A booking as the customer sees it, with its time on the account's clock.
 *
 * @param window              the arrival window the customer is promised; null: the exact time
 * @param serviceTypeOnPortal whether its service type is shown on the portal: only then may the customer move it
 */
public record VisitView(long bookingId, String reference, Instant startsAt, Instant endsAt, PromisedWindow window,
		ZoneId zone, BookingStatus status, String serviceType, boolean serviceTypeOnPortal, String asset, String address,
		String account) {

	/** What the customer was told the visit begins at: the window's start, or the time. */
	public Instant promisedStart() {
		return window == null ? startsAt : window.from();
	}

	/** Still to come, and so still the customer's to move or cancel (within the cut-off). */
	public boolean upcoming(Instant now) {
		return status == BookingStatus.SCHEDULED && endsAt.isAfter(now);
	}

}
