package org.fieldbook.notification;

import java.time.Instant;

/**
 * A row of the message list: to whom (the address, and the contact's name while the contact exists), about which
 * booking, and how it went; {@code bookingReference} is null for a message about no booking or an imported one.
 */
public record MessageSummary(long id, Instant createdAt, NotificationType type, Channel channel, String recipient,
		String contactName, String bookingReference, String subject, NotificationState state, int attempts,
		String providerMessage) {
}
