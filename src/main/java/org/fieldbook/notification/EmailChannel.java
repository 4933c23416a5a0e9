package org.fieldbook.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Delivers a recorded email over SMTP (any server, Exchange Online SMTP AUTH included) as HTML with a plain
 * text alternative and, for bookings, the {@code .ics}. Each outcome is written on its own: attempts and the last
 * error survive a failed job, and a message that is sent or skipped is never sent again. Without an SMTP host
 * the email is kept, not sent.
 */
@Service
public class EmailChannel {

	static final String NO_PROVIDER = "not sent — no provider configured";

	private final NotificationRepository notifications;

	private final DeliveryOutcomes outcomes;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final String from;

	EmailChannel(NotificationRepository notifications, DeliveryOutcomes outcomes, ObjectProvider<JavaMailSender> mailSender,
			@Value("${fieldbook.notifications.email-from}") String from) {
		this.notifications = notifications;
		this.outcomes = outcomes;
		this.mailSender = mailSender;
		this.from = from;
	}

	public NotificationState deliver(long notificationId) {
		Notification email = notifications.findById(notificationId)
			.orElseThrow(() -> new IllegalArgumentException("No notification " + notificationId));
		if (email.getState().isFinal()) {
			return email.getState();
		}
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			outcomes.skipped(notificationId, NO_PROVIDER);
			return NotificationState.SKIPPED;
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(from);
			helper.setTo(email.getRecipient());
			helper.setSubject(email.getSubject());
			if (email.getHtmlBody() == null) {
				helper.setText(email.getBody());
			}
			else {
				helper.setText(email.getBody(), email.getHtmlBody());
			}
			if (email.getCalendar() != null) {
				helper.addAttachment("appointment.ics", new ByteArrayResource(email.getCalendar().getBytes(StandardCharsets.UTF_8)),
						"text/calendar; charset=UTF-8");
			}
			sender.send(message);
			outcomes.sent(notificationId, message.getMessageID());
			return NotificationState.SENT;
		}
		catch (MailException | MessagingException ex) {
			outcomes.failedTry(notificationId, ex.getMessage());
			throw new EmailDeliveryException(email.getRecipient(), ex);
		}
	}

}
