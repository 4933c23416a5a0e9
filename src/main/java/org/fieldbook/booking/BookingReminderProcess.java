package org.fieldbook.booking;

/**
 * The names of {@code processes/booking-reminder.bpmn}, "Remind one booking", that Java uses. Instances of the
 * reminder run before batches ran "Remind one booking" as its multi-instance sub-process with the same names.
 */
public final class BookingReminderProcess {

	public static final String KEY = "bookingReminder";

	/** The booking to remind, set at the start. */
	public static final String BOOKING_ID = "bookingId";

	/** "Claim the reminder": whether this instance sends the reminder. */
	public static final String CLAIMED = "claimed";

	/** "Claim the reminder": the business key of the reminder's notification. */
	public static final String BOOKING_REFERENCE = "bookingReference";

	private BookingReminderProcess() {
	}

}
