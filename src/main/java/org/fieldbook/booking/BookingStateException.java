package org.fieldbook.booking;

import java.util.Locale;

/** The booking is not in a state that allows the change (a canceled booking cannot be moved, say). */
public class BookingStateException extends RuntimeException {

	BookingStateException(String reference, BookingStatus status, String change) {
		this("Booking " + reference + " is " + status.name().toLowerCase(Locale.ROOT) + " and cannot be " + change);
	}

	BookingStateException(String message) {
		super(message);
	}

}
