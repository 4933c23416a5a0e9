package org.fieldbook.notification;

public enum NotificationState {

	PENDING, SENT, FAILED, SKIPPED;

	/** Whether delivery is over: a retried or repeated job sends nothing more. */
	public boolean isFinal() {
		return this != PENDING;
	}

}
