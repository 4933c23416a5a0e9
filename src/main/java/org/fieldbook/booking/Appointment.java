package org.fieldbook.booking;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A booking as a message about it needs it, as it is now; times are shown on the clock of {@code zone}, the
 * account's. Bookings not made on the portal may lack a work order, and so an account, a service type and a
 * reported-by contact (those are null then).
 *
 * @param window the arrival window the customer is promised; null: the exact time
 */
public record Appointment(long id, String reference, BookingSource source, BookingStatus status, Instant startsAt,
		Instant endsAt, PromisedWindow window, Instant updatedAt, ZoneId zone, String address, String serviceName, Long accountId,
		Long serviceTypeId, Long reportedByContactId) {

	/** What the customer was told the visit begins at: the window's start, or the time. */
	public Instant promisedStart() {
		return window == null ? startsAt : window.from();
	}

	public boolean madeOnPortal() {
		return source == BookingSource.PORTAL;
	}

	/** The same appointment, its service type named so (in the recipient's language). */
	public Appointment withServiceName(String name) {
		return new Appointment(id, reference, source, status, startsAt, endsAt, window, updatedAt, zone, address, name, accountId,
				serviceTypeId, reportedByContactId);
	}

}
