package org.fieldbook.waitlist;

/** The visit has no open offer to take: it expired and passed to someone else, or was answered already. */
public class EarlierTimeGoneException extends RuntimeException {

	EarlierTimeGoneException(long bookingId) {
		super("Booking " + bookingId + " has no open earlier-time offer");
	}

}
