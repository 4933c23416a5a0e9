package org.fieldbook.notification;

import java.time.Instant;

/**
 * A message of the notification log as staff read it: what was sent to whom, and how it went. {@code html} and
 * {@code calendar} are the HTML part and the {@code .ics} of an email, or null; {@code processInstanceId} is the
 * process that wrote it, null for messages written before it was kept.
 */
public record LoggedMessage(long id, Instant createdAt, NotificationType type, Channel channel, String recipient,
		String bookingReference, String subject, String body, String html, String calendar, NotificationState state,
		String providerId, String providerCode, String providerMessage, int attempts, String lastError, Instant sentAt,
		String processInstanceId) {

	static LoggedMessage of(Notification notification, String bookingReference) {
		return new LoggedMessage(notification.getId(), notification.getCreatedAt(), notification.getType(),
				notification.getChannel(), notification.getRecipient(), bookingReference, notification.getSubject(),
				notification.getBody(), notification.getHtmlBody(), notification.getCalendar(), notification.getState(),
				notification.getProviderId(), notification.getProviderCode(), notification.getProviderMessage(),
				notification.getAttempts(), notification.getLastError(), notification.getSentAt(),
				notification.getProcessInstanceId());
	}

}
