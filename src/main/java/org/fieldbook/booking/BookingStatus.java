package org.fieldbook.booking;

public enum BookingStatus {

	SCHEDULED, IN_PROGRESS, COMPLETED, CANCELED;

	/** Whether the booking holds its technicians' time; only a canceled booking frees it. */
	public boolean holdsTime() {
		return this != CANCELED;
	}

}
