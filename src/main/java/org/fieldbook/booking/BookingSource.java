package org.fieldbook.booking;

/** Where a booking came from; only portal bookings receive the customer notifications. */
public enum BookingSource {

	PORTAL, IMPORT, BACK_OFFICE

}
