package org.fieldbook.booking;

public class BookingNotFoundException extends RuntimeException {

	BookingNotFoundException(String reference) {
		super("No booking " + reference);
	}

}
