package org.fieldbook.booking;

/**
 * Where a booking came from; only portal bookings receive the customer notifications. It is also who asks for
 * free times or a change: a customer on the portal, or the company. A {@code HOLD} is no visit: a freed time held
 * for an earlier-time offer ({@link TimeHolds}).
 */
public enum BookingSource {

	PORTAL, IMPORT, BACK_OFFICE, HOLD;

	/** Customers book and move only the service types shown on the portal; the company uses every type. */
	boolean mayUse(boolean serviceTypeOnPortal) {
		return this != PORTAL || serviceTypeOnPortal;
	}

}
