package org.fieldbook.notification;

/** The variables of {@code processes/notification.bpmn}; the catalogue in {@code processes/README.md} says who writes each. */
public final class NotificationVariables {

	/** The process id of {@code notification.bpmn}, for Java that starts it on its own. */
	public static final String PROCESS_KEY = "notification";

	/** In: a {@link NotificationType} name. */
	public static final String NOTIFICATION_TYPE = "notificationType";

	/** In: the booking a booking message is about. */
	public static final String BOOKING_ID = "bookingId";

	/** In: the invitation an invitation message is about. */
	public static final String INVITATION_ID = "invitationId";

	/** "Decide channels": a {@link ChannelDecision.Outcome} name, and why when it is not SEND. */
	public static final String DECISION = "decision";

	public static final String DECISION_REASON = "decisionReason";

	/** "Render messages": the recorded messages and whether each still has to go out. */
	public static final String EMAIL_NOTIFICATION_ID = "emailNotificationId";

	public static final String SMS_NOTIFICATION_ID = "smsNotificationId";

	public static final String EMAIL_PENDING = "emailPending";

	public static final String SMS_PENDING = "smsPending";

	/** A {@link NotificationState} name, or NONE where that channel was not chosen. */
	public static final String EMAIL_STATE = "emailState";

	public static final String SMS_STATE = "smsState";

	/** "Check the customer was reached". */
	public static final String REACHED = "reached";

	/** Shown by the form of "Call the customer". */
	public static final String CUSTOMER_NAME = "customerName";

	public static final String CUSTOMER_PHONE = "customerPhone";

	public static final String CUSTOMER_EMAIL = "customerEmail";

	public static final String BOOKING_REFERENCE = "bookingReference";

	public static final String APPOINTMENT = "appointment";

	public static final String UNREACHABLE_REASON = "unreachableReason";

	public static final String NONE = "NONE";

	private NotificationVariables() {
	}

}
