package org.fieldbook.notification;

/** The variables of {@code processes/notification.bpmn}. */
public final class NotificationVariables {

	/** The id of the recorded message ({@link Notification}) to deliver. */
	public static final String NOTIFICATION_ID = "notificationId";

	/** What became of it: a {@link NotificationState} name. */
	public static final String EMAIL_STATE = "emailState";

	private NotificationVariables() {
	}

}
