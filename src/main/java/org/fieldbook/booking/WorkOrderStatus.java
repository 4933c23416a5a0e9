package org.fieldbook.booking;

/** Where a work order stands; it follows its booking (scheduled, then completed or canceled). */
public enum WorkOrderStatus {

	OPEN, SCHEDULED, COMPLETED, CANCELED

}
