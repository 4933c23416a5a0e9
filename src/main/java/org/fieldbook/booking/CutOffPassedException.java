package org.fieldbook.booking;

/** The customer may no longer cancel or move the booking online: its cut-off before the visit has passed. */
public class CutOffPassedException extends BookingStateException {

	CutOffPassedException(String reference, int cutoffHours) {
		super("Booking " + reference + " starts within " + cutoffHours + " hours and can no longer be changed online");
	}

}
