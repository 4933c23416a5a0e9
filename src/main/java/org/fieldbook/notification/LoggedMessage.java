package org.fieldbook.notification;

import java.time.Instant;

/** A message of the notification log as staff read it: what was sent to whom, and how it went. */
public record LoggedMessage(long id, Instant createdAt, NotificationType type, Channel channel, String recipient,
		String subject, String body, NotificationState state, String providerCode, String providerMessage, int attempts,
		String lastError, Instant sentAt) {

	static LoggedMessage of(Notification notification) {
		return new LoggedMessage(notification.getId(), notification.getCreatedAt(), notification.getType(),
				notification.getChannel(), notification.getRecipient(), notification.getSubject(), notification.getBody(),
				notification.getState(), notification.getProviderCode(), notification.getProviderMessage(),
				notification.getAttempts(), notification.getLastError(), notification.getSentAt());
	}

}
