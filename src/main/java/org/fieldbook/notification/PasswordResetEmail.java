package org.fieldbook.notification;

import java.time.Clock;
import java.util.Locale;

import org.fieldbook.settings.Branding;
import org.fieldbook.system.Bidi;
import org.fieldbook.settings.PortalSettingsService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The password reset email, recorded in the notification log like every message and sent at once by the job of
 * {@code password-reset.bpmn}; a failure fails that job, which the engine retries with a new link. The log keeps
 * the email with {@link #LINK_KEPT_OUT} in place of the link, which only the message handed to the SMTP server
 * carries: whether the email went out or not, nobody can follow the link from the back office.
 */
@Service
public class PasswordResetEmail {

	static final String LINK_KEPT_OUT = "(the link goes to the customer only and is never stored)";

	private final NotificationLog notifications;

	private final EmailChannel email;

	private final MessageSource messages;

	private final PortalSettingsService settings;

	private final Bidi bidi;

	private final Clock clock;

	PasswordResetEmail(NotificationLog notifications, EmailChannel email, MessageSource messages, PortalSettingsService settings,
			Bidi bidi, Clock clock) {
		this.bidi = bidi;
		this.notifications = notifications;
		this.email = email;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	/** @param requestId the reset request (the process instance): a retried job finds its message and records no other */
	public void send(String requestId, long contactId, String address, String firstName, String link, Locale locale) {
		Branding branding = settings.branding();
		String subject = messages.getMessage("mail.PASSWORD_RESET.subject", new Object[] { branding.companyName() }, locale);
		String text = messages.getMessage("mail.greeting", new Object[] { bidi.contain(firstName) }, locale) + "\n\n"
				+ messages.getMessage("mail.PASSWORD_RESET.lead", null, locale) + "\n\n" + LINK_KEPT_OUT + "\n\n"
				+ messages.getMessage("mail.PASSWORD_RESET.note", null, locale) + "\n\n-- \n" + branding.companyName();
		Notification draft = Notification.email("password-reset:" + requestId + ":PASSWORD_RESET:once:EMAIL",
				NotificationType.PASSWORD_RESET, contactId, null, address, subject, text, null, clock.instant());
		draft.writtenBy(requestId);
		Notification recorded = notifications.recordApart(draft);
		email.deliver(recorded.getId(), content -> content.replace(LINK_KEPT_OUT, link));
	}

}
