package org.fieldbook.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notification log for reading: the newest messages, and one message with its content. */
@Service
public class MessageLog {

	private final NotificationRepository notifications;

	MessageLog(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	/** The newest 200 messages, newest first. */
	@Transactional(readOnly = true)
	public List<LoggedMessage> newest() {
		return notifications.findTop200ByOrderByIdDesc().stream().map(LoggedMessage::of).toList();
	}

	/** The newest 100 messages sent (or meant to be) about one booking, newest first. */
	@Transactional(readOnly = true)
	public List<LoggedMessage> ofBooking(long bookingId) {
		return notifications.findTop100ByBookingIdOrderByIdDesc(bookingId).stream().map(LoggedMessage::of).toList();
	}

	@Transactional(readOnly = true)
	public Optional<LoggedMessage> message(long id) {
		return notifications.findById(id).map(LoggedMessage::of);
	}

}
