package org.fieldbook.notification;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a receiver recognises a message by when it gets it twice: a send repeated after a crash (between the
 * provider taking it and our commit) carries the same key, since each is derived from the message's row alone.
 */
@Component
class DeliveryKeys {

	private static final String PREFIX = "notification-";

	private final String host;

	DeliveryKeys(@Value("${fieldbook.portal.base-url}") String baseUrl) {
		this.host = URI.create(baseUrl).getHost();
	}

	/** The email's {@code Message-ID}: {@code <notification-{id}@{host of the portal}>}. */
	String messageId(long notificationId) {
		return "<" + idempotencyKey(notificationId) + "@" + host + ">";
	}

	/** The SMS request's {@code Idempotency-Key} header. */
	static String idempotencyKey(long notificationId) {
		return PREFIX + notificationId;
	}

	/** The message an {@code Idempotency-Key} names, or null for a key of another origin. */
	static Long notificationId(String idempotencyKey) {
		if (idempotencyKey == null || !idempotencyKey.startsWith(PREFIX)) {
			return null;
		}
		try {
			return Long.valueOf(idempotencyKey.substring(PREFIX.length()));
		}
		catch (NumberFormatException notOurs) {
			return null;
		}
	}

}
