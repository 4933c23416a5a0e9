package org.fieldbook.booking;

/** The held time was given up (its offer expired or passed on) or taken: it is no longer the customer's to take. */
public class HeldTimeGoneException extends RuntimeException {

	HeldTimeGoneException(long holdId) {
		super("Hold " + holdId + " is no longer held");
	}

}
