package org.fieldbook.booking;

/** The names of {@code processes/reminder-batch.bpmn}, "Remind a batch of bookings", that Java uses. */
public final class ReminderBatchProcess {

	public static final String KEY = "reminderBatch";

	/** The batch takes the due bookings with an id above this one… */
	public static final String AFTER = "after";

	/** …up to this one, inclusive. */
	public static final String UP_TO = "upTo";

	private ReminderBatchProcess() {
	}

}
