package org.fieldbook.booking;

/**
 * The names of "Remind one booking" that Java uses: the multi-instance sub-process of the reminder run before
 * batches (and, for a while, a model of its own), one booking at a time. A run of it under way at an upgrade
 * finishes with {@link ClaimReminderDelegate}.
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
