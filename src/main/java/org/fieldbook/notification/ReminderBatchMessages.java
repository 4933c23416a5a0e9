package org.fieldbook.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.camunda.bpm.engine.RuntimeService;
import org.fieldbook.booking.BookingReminders;
import org.fieldbook.booking.BookingReminders.DueReminder;
import org.fieldbook.booking.Visits;
import org.fieldbook.notification.ChannelDecision.Outcome;
import org.fieldbook.notification.Notifications.Decided;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code reminder-batch.bpmn} behind its delegates: a batch of reminders is written in one
 * transaction and then sent a channel at a time, each message recorded as it goes, so that a retry sends only what
 * is still pending. The batch's messages are those its process instance wrote. A customer the reminder cannot
 * reach gets {@code notification.bpmn} of their own, which asks a dispatcher to call.
 */
@Service
public class ReminderBatchMessages {

	private final BookingReminders reminders;

	private final Notifications notifications;

	private final MessageComposer composer;

	private final EmailChannel email;

	private final SmsChannel sms;

	private final Visits visits;

	private final RuntimeService runtime;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final EntityManager entities;

	ReminderBatchMessages(BookingReminders reminders, Notifications notifications, MessageComposer composer,
			EmailChannel email, SmsChannel sms, Visits visits, RuntimeService runtime, JdbcTemplate jdbc, Clock clock,
			EntityManager entities) {
		this.reminders = reminders;
		this.notifications = notifications;
		this.composer = composer;
		this.email = email;
		this.sms = sms;
		this.visits = visits;
		this.runtime = runtime;
		this.jdbc = jdbc;
		this.clock = clock;
		this.entities = entities;
	}

	/**
	 * Claims the due bookings with an id above {@code after} up to {@code upTo} and writes the reminder of each on
	 * the channels that reach its customer, as {@code notification.bpmn} decides and renders them.
	 *
	 * @return how many reminders were claimed
	 */
	@Transactional
	public int write(long after, long upTo, String processInstanceId) {
		List<DueReminder> claimed = reminders.claimDue(clock.instant(), after, upTo);
		for (DueReminder booking : claimed) {
			Decided decided = notifications.decideRecordingExclusions(NotificationType.BOOKING_REMINDER, booking.bookingId(),
					null, processInstanceId);
			if (decided.decision().outcome() == Outcome.SEND) {
				composer.compose(decided.subject(), decided.decision(), processInstanceId);
			}
			else if (decided.decision().outcome() == Outcome.UNREACHABLE) {
				notifyOnItsOwn(booking.bookingId(), booking.reference());
			}
			// Written: each later query would otherwise flush and check every message of the batch so far again.
			entities.flush();
			entities.clear();
		}
		return claimed.size();
	}

	/** Sends the batch's emails still pending, over one SMTP connection; stops at the first failure. */
	@Transactional
	public void sendEmails(String processInstanceId) {
		email.deliverAll(pending(processInstanceId, Channel.EMAIL));
	}

	/** Sends the batch's SMS still pending; stops at the first the provider cannot take now. */
	@Transactional
	public void sendTexts(String processInstanceId) {
		for (long text : pending(processInstanceId, Channel.SMS)) {
			sms.deliver(text);
		}
	}

	/**
	 * Starts {@code notification.bpmn} for each booking of the batch whose reminder failed on every channel: it finds
	 * the messages recorded and failed, and asks a dispatcher to call.
	 *
	 * @return how many customers are to be called
	 */
	@Transactional
	public int askForCalls(String processInstanceId) {
		List<Long> unreached = jdbc.queryForList("""
				SELECT booking_id FROM notification WHERE process_instance_id = ? AND booking_id IS NOT NULL
				 GROUP BY booking_id HAVING bool_and(state = 'FAILED') ORDER BY booking_id""", Long.class, processInstanceId);
		visits.references(unreached).forEach(this::notifyOnItsOwn);
		return unreached.size();
	}

	private List<Long> pending(String processInstanceId, Channel channel) {
		return jdbc.queryForList("""
				SELECT id FROM notification WHERE process_instance_id = ? AND channel = ? AND state = 'PENDING' ORDER BY id""",
				Long.class, processInstanceId, channel.name());
	}

	private void notifyOnItsOwn(long bookingId, String reference) {
		runtime.startProcessInstanceByKey(NotificationVariables.PROCESS_KEY, reference,
				Map.of(NotificationVariables.NOTIFICATION_TYPE, NotificationType.BOOKING_REMINDER.name(),
						NotificationVariables.BOOKING_ID, bookingId));
	}

}
