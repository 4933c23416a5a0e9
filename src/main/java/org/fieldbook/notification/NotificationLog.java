package org.fieldbook.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records each message once: a message already recorded under its idempotency key is returned as it is. */
@Service
public class NotificationLog {

	private final NotificationRepository notifications;

	NotificationLog(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	@Transactional
	public Notification record(Notification draft) {
		return notifications.findByIdempotencyKey(draft.getIdempotencyKey()).orElseGet(() -> notifications.save(draft));
	}

}
