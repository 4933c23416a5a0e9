package org.fieldbook.notification;

/**
 * The messages Fieldbook sends: the reference's notification types, the offer of an earlier time to a customer
 * waiting for one, and password reset.
 */
public enum NotificationType {

	INVITATION, BOOKING_CONFIRMED, BOOKING_REMINDER, BOOKING_RESCHEDULED, BOOKING_CANCELED, BOOKING_COMPLETED,
	EARLIER_TIME_OFFERED, PASSWORD_RESET

}
