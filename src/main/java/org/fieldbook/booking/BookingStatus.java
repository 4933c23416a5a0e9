package org.fieldbook.booking;

public enum BookingStatus {

	SCHEDULED, IN_PROGRESS, COMPLETED, CANCELED;

	/** Whether the booking holds its technicians' time; only a canceled booking frees it. */
	public boolean holdsTime() {
		return this != CANCELED;
	}

	/** Whether the visit is still to be done: it may be completed (by the company) or changed. */
	public boolean isOpen() {
		return this == SCHEDULED || this == IN_PROGRESS;
	}

}
