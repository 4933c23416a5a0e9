package org.fieldbook.waitlist;

/** A request for an earlier time that cannot be taken; {@code messageKey} says why, in the customer's words. */
public class EarlierTimeRefusedException extends RuntimeException {

	private final String messageKey;

	EarlierTimeRefusedException(long bookingId, String messageKey) {
		super("Booking " + bookingId + ": no earlier time can be asked for (" + messageKey + ")");
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
