package org.fieldbook.booking;

/**
 * Where a booking came from; only portal bookings receive the customer notifications. It is also who asks for
 * free times or a change: a customer on the portal, or the company.
 */
public enum BookingSource {

	PORTAL, IMPORT, BACK_OFFICE;

	/** Customers book and move only the service types shown on the portal; the company uses every type. */
	boolean mayUse(boolean serviceTypeOnPortal) {
		return this != PORTAL || serviceTypeOnPortal;
	}

}
