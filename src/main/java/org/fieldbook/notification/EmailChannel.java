package org.fieldbook.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Delivers a recorded email over SMTP (any server, Exchange Online SMTP AUTH included) as HTML with a plain
 * text alternative. Each outcome is saved on its own: attempts and the last error survive a failure, and a
 * message that is sent or skipped is never sent again. Without an SMTP host the email is kept, not sent.
 */
@Service
public class EmailChannel {

	static final String NO_PROVIDER = "not sent — no provider configured";

	private final NotificationRepository notifications;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final String from;

	EmailChannel(NotificationRepository notifications, ObjectProvider<JavaMailSender> mailSender,
			@Value("${fieldbook.notifications.email-from}") String from) {
		this.notifications = notifications;
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
			email.skip(NO_PROVIDER);
			return notifications.save(email).getState();
		}
		email.attempt();
		notifications.save(email);
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
			sender.send(message);
			email.sent(message.getMessageID());
			return notifications.save(email).getState();
		}
		catch (MailException | MessagingException ex) {
			email.failedAttempt(ex.getMessage());
			notifications.save(email);
			throw new EmailDeliveryException(email.getRecipient(), ex);
		}
	}

}
