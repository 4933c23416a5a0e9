package org.fieldbook.booking;

import java.time.Instant;

/** The chosen slot is no longer free (someone else took it, or the calendars changed): nothing was booked. */
public class SlotUnavailableException extends RuntimeException {

	private final Instant startsAt;

	SlotUnavailableException(Instant startsAt, String why) {
		super("The slot at " + startsAt + " is no longer available: " + why);
		this.startsAt = startsAt;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

}
