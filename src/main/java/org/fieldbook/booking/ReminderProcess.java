package org.fieldbook.booking;

/** The names of {@code processes/reminder.bpmn}, the daily reminder run, that Java uses. */
public final class ReminderProcess {

	public static final String KEY = "reminder";

	/** The id of the last booking whose reminder the run started; the next batch starts after it. */
	public static final String AFTER = "after";

	/** Whether the last batch was full, so that another one may follow. */
	public static final String MORE = "more";

	private ReminderProcess() {
	}

}
