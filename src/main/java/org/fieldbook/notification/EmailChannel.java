package org.fieldbook.notification;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers a recorded email over SMTP (any server, Exchange Online SMTP AUTH included) as HTML with a plain
 * text alternative and, for bookings, the {@code .ics}. Each outcome is written on its own: attempts and the last
 * error survive a failed job, and a message that is sent or skipped is never sent again. Every try carries the
 * same {@code Message-ID} ({@link DeliveryKeys}), so a receiver sees a send repeated after a crash as one message.
 * Without an SMTP host the email is kept, not sent.
 */
@Service
public class EmailChannel {

	static final String NO_PROVIDER = "not sent — no provider configured";

	private static final int LOCK_NAMESPACE = 5_001;

	private final NotificationRepository notifications;

	private final NotificationLog log;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final String from;

	private final StaleMessages staleness;

	private final JdbcTemplate jdbc;

	private final DeliveryKeys keys;

	EmailChannel(NotificationRepository notifications, NotificationLog log, ObjectProvider<JavaMailSender> mailSender,
			@Value("${fieldbook.notifications.email-from}") String from, StaleMessages staleness, JdbcTemplate jdbc,
			DeliveryKeys keys) {
		this.notifications = notifications;
		this.log = log;
		this.mailSender = mailSender;
		this.from = from;
		this.staleness = staleness;
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/**
	 * Sends the email unless it is already sent, skipped or failed, or the booking changed after it was written.
	 * An advisory lock on the message, held to the end of the caller's transaction, lets only one job at a time
	 * send it.
	 */
	@Transactional
	public NotificationState deliver(long notificationId) {
		return deliver(notificationId, UnaryOperator.identity());
	}

	/**
	 * As {@link #deliver(long)}, with {@code completion} putting into the text, for this send only, what the log
	 * must never keep (a password reset's link).
	 */
	@Transactional
	NotificationState deliver(long notificationId, UnaryOperator<String> completion) {
		jdbc.query("SELECT pg_advisory_xact_lock(?, ?)", rs -> null, LOCK_NAMESPACE, (int) notificationId);
		Notification email = notifications.findById(notificationId)
			.orElseThrow(() -> new IllegalArgumentException("No notification " + notificationId));
		if (email.getState().isFinal()) {
			return email.getState();
		}
		Optional<String> stale = staleness.of(email);
		if (stale.isPresent()) {
			return log.skipped(notificationId, stale.get());
		}
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return log.skipped(notificationId, NO_PROVIDER);
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(from);
			helper.setTo(email.getRecipient());
			helper.setSubject(email.getSubject());
			if (email.getHtmlBody() == null) {
				helper.setText(completion.apply(email.getBody()));
			}
			else {
				helper.setText(completion.apply(email.getBody()), completion.apply(email.getHtmlBody()));
			}
			if (email.getCalendar() != null) {
				helper.addAttachment("appointment.ics", new ByteArrayResource(email.getCalendar().getBytes(StandardCharsets.UTF_8)),
						"text/calendar; charset=UTF-8");
			}
			message.setHeader("Message-ID", keys.messageId(notificationId));
			sender.send(message);
			return log.sent(notificationId, message.getMessageID());
		}
		catch (MailException | MessagingException ex) {
			log.attemptFailed(notificationId, ex.getMessage());
			throw new EmailDeliveryException(email.getRecipient(), ex);
		}
	}

}
