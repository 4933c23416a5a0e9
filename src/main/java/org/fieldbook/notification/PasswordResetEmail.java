package org.fieldbook.notification;

import java.time.Clock;
import java.util.Locale;

import org.fieldbook.settings.Branding;
import org.fieldbook.settings.PortalSettingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The password reset email: recorded in the notification log like every message and sent at once, since the
 * customer is waiting for it; when the SMTP server is down the failure is logged and the customer can ask again.
 */
@Service
public class PasswordResetEmail {

	private static final Logger log = LoggerFactory.getLogger(PasswordResetEmail.class);

	private final NotificationLog notifications;

	private final EmailChannel email;

	private final MessageSource messages;

	private final PortalSettingsService settings;

	private final Clock clock;

	PasswordResetEmail(NotificationLog notifications, EmailChannel email, MessageSource messages, PortalSettingsService settings,
			Clock clock) {
		this.notifications = notifications;
		this.email = email;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	public void send(long resetId, long contactId, String address, String firstName, String link, Locale locale) {
		Branding branding = settings.branding();
		String subject = messages.getMessage("mail.PASSWORD_RESET.subject", new Object[] { branding.companyName() }, locale);
		String text = messages.getMessage("mail.greeting", new Object[] { firstName }, locale) + "\n\n"
				+ messages.getMessage("mail.PASSWORD_RESET.lead", null, locale) + "\n\n" + link + "\n\n"
				+ messages.getMessage("mail.PASSWORD_RESET.note", null, locale) + "\n\n-- \n" + branding.companyName();
		Notification recorded = notifications.record(Notification.email("password-reset:" + resetId + ":PASSWORD_RESET:once:EMAIL",
				NotificationType.PASSWORD_RESET, contactId, null, address, subject, text, null, clock.instant()));
		try {
			email.deliver(recorded.getId());
		}
		catch (EmailDeliveryException ex) {
			log.warn("Password reset email {} not delivered: {}", recorded.getId(), ex.getMessage());
		}
	}

}
