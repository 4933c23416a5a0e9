package org.fieldbook.notification;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of the notification log. Records each message once: a message already recorded under its
 * idempotency key is returned as it is. Writes what became of a delivery in a transaction of its own, so it stays
 * written when the job that sent the message fails and is rolled back: a failed try keeps its count and error,
 * and a message once sent is known to be sent by every retry. Each outcome locks the row, so outcomes of
 * concurrent jobs apply one after the other and the first final one wins (see {@link Notification}).
 */
@Service
public class NotificationLog {

	private final NotificationRepository notifications;

	private final Clock clock;

	NotificationLog(NotificationRepository notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@Transactional
	public Notification record(Notification draft) {
		return record(draft.getIdempotencyKey(), () -> draft);
	}

	/**
	 * Records the message in a transaction of its own, committed before the caller delivers it within its own: for a
	 * job that writes and sends a message in one go, since each outcome is written apart and locks the committed row.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Notification recordApart(Notification draft) {
		return record(draft.getIdempotencyKey(), () -> draft);
	}

	/** The message recorded under the key, or the one that {@code draft} renders, recorded now. */
	@Transactional
	Notification record(String idempotencyKey, Supplier<Notification> draft) {
		// An identity id makes saving insert at once: no flush (of every other entity the transaction holds) needed.
		return notifications.findByIdempotencyKey(idempotencyKey).orElseGet(() -> notifications.save(draft.get()));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public NotificationState sent(long notificationId, String providerId) {
		return change(notificationId, message -> message.sent(providerId, clock.instant()));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public NotificationState attemptFailed(long notificationId, String error) {
		return change(notificationId, message -> message.attemptFailed(error, clock.instant()));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public NotificationState failed(long notificationId, String code, String message) {
		return change(notificationId, notification -> notification.failed(code, message, clock.instant()));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public NotificationState skipped(long notificationId, String reason) {
		return change(notificationId, message -> message.skipped(reason, clock.instant()));
	}

	private NotificationState change(long notificationId, Consumer<Notification> outcome) {
		Notification message = notifications.findForUpdateById(notificationId)
			.orElseThrow(() -> new IllegalArgumentException("No notification " + notificationId));
		outcome.accept(message);
		return notifications.save(message).getState();
	}

}
