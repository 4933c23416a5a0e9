package org.fieldbook.booking;

/** The names of {@code processes/reminder.bpmn} that Java uses. */
public final class ReminderProcess {

	public static final String KEY = "reminder";

	/** "Find bookings to remind": the collection that "Remind one booking" runs over. */
	public static final String BOOKING_IDS = "bookingIds";

	/** The element of {@link #BOOKING_IDS} in each "Remind one booking". */
	public static final String BOOKING_ID = "bookingId";

	/** "Claim the reminder", local to its "Remind one booking": whether this run sends the reminder. */
	public static final String CLAIMED = "claimed";

	/** "Claim the reminder", local too: the business key of the reminder's notification. */
	public static final String BOOKING_REFERENCE = "bookingReference";

	private ReminderProcess() {
	}

}
