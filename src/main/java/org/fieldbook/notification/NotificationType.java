package org.fieldbook.notification;

/** The messages Fieldbook sends (the reference's notification types, plus password reset). */
public enum NotificationType {

	INVITATION, BOOKING_CONFIRMED, BOOKING_REMINDER, BOOKING_RESCHEDULED, BOOKING_CANCELED, BOOKING_COMPLETED,
	PASSWORD_RESET

}
