package org.fieldbook.backoffice.dispatch;

/** The booking changed after the page that asks for a change was shown: the change is refused, nothing happens. */
class BookingChangedMeanwhileException extends RuntimeException {

	BookingChangedMeanwhileException(String reference) {
		super("Booking " + reference + " changed meanwhile; look at it again before changing it");
	}

}
