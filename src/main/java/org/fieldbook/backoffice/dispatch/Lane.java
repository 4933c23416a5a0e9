package org.fieldbook.backoffice.dispatch;

import java.util.List;

import org.fieldbook.backoffice.dispatch.Timeline.Span;
import org.fieldbook.booking.BookingStatus;
import org.fieldbook.workforce.TechnicianSummary;

/**
 * One technician's day on the board: when it works, its time off, and its bookings with the travel before each.
 *
 * @param title   the lane's heading: the technician's name, or the date in a technician's week
 * @param columns the day's columns of five minutes: 276, 288 or 300
 */
record Lane(String title, TechnicianSummary technician, int columns, List<Shade> working, List<Shade> timeOff,
		List<Block> blocks) {

	/** Working time or time off, on the board's clock. */
	record Shade(String from, String to, Span span) {
	}

	/**
	 * A booking, and the travel to it from the previous job of the day or, for the first, from the technician's home.
	 *
	 * @param reference the portal reference, or null for an imported booking (then {@code name} is its external id)
	 * @param travel    where the drive before the booking is, or null when there is none
	 * @param window    the arrival window the customer was promised, such as {@code 08:00–12:00}; null: the exact time
	 * @param heldFor   for a time held for an earlier-time offer, the reference of the visit it is offered to (the
	 *                  block links to that visit's page, {@code heldUntil} is when the offer expires); else null
	 */
	record Block(String reference, String name, BookingStatus status, String from, String to, String serviceType,
			String account, int travelMinutes, boolean fromHome, Span span, Span travel, String window, String heldFor,
			String heldUntil) {
	}

}
