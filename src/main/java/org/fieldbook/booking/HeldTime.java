package org.fieldbook.booking;

import java.time.Instant;
import java.util.List;

/**
 * A freed time held for one customer's visit: the hold's own booking id, the time, its crew, and when the offer's
 * timer gives it up.
 */
public record HeldTime(long holdId, long forBookingId, Instant startsAt, Instant endsAt, List<String> technicians,
		Instant expiresAt) {

	public HeldTime {
		technicians = List.copyOf(technicians);
	}

}
