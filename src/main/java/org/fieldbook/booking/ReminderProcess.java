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

	private ReminderProcess() {
	}

}
