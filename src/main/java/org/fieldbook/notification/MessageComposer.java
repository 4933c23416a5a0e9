package org.fieldbook.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fieldbook.booking.Appointment;
import org.fieldbook.booking.BookingSource;
import org.fieldbook.booking.BookingStatus;
import org.fieldbook.booking.TimeHolds;
import org.fieldbook.notification.MailTemplates.RenderedEmail;
import org.fieldbook.notification.MessageSubject.Recipient;
import org.fieldbook.settings.Branding;
import org.fieldbook.settings.MessagingSettings;
import org.fieldbook.settings.PortalSettingsService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders a message for each chosen channel in the recipient's language, with the branding, the appointment on
 * the service location's clock, a portal link and, for booking emails, an {@code .ics}; and records each one in
 * the notification log. A message already recorded under its idempotency key is neither rendered nor issued
 * a new link again.
 */
@Service
public class MessageComposer {

	private static final String EXAMPLE_REFERENCE = "FB-7K3Q9";

	private final NotificationLog log;

	private final PortalSettingsService settings;

	private final MailTemplates mail;

	private final MessageSource messages;

	private final PortalLinks links;

	private final SmsProvider sms;

	private final Clock clock;

	private final TimeHolds holds;

	MessageComposer(NotificationLog log, PortalSettingsService settings, MailTemplates mail,
			MessageSource messages, PortalLinks links, SmsProvider sms, Clock clock, TimeHolds holds) {
		this.holds = holds;
		this.log = log;
		this.settings = settings;
		this.mail = mail;
		this.messages = messages;
		this.links = links;
		this.sms = sms;
		this.clock = clock;
	}

	/** The recorded messages: the email's and the SMS's, either absent where that channel was not chosen. */
	public record Composed(Optional<Notification> email, Optional<Notification> sms) {
	}

	/** A booking confirmation as the display settings' preview shows it, with the branding being edited. */
	public record Example(String subject, String html, String sms) {
	}

	/**
	 * An example booking confirmation of a made-up visit tomorrow with this branding, in this language: nothing is
	 * recorded, no link code issued, nothing sent.
	 */
	public Example example(Branding branding, Locale locale) {
		Instant start = clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(24 + 9));
		Appointment booking = new Appointment(0, EXAMPLE_REFERENCE, BookingSource.PORTAL, BookingStatus.SCHEDULED,
				start, start.plus(Duration.ofMinutes(90)), null, start, ZoneOffset.UTC, text("mail.example.address", locale),
				text("mail.example.service", locale), null, null, null);
		String link = links.example();
		Map<String, Object> variables = new HashMap<>();
		variables.put("type", NotificationType.BOOKING_CONFIRMED.name());
		variables.put("branding", branding);
		variables.put("name", text("mail.example.name", locale));
		variables.put("link", link);
		variables.put("calendar", true);
		String subjectLine = putBooking(variables, NotificationType.BOOKING_CONFIRMED, booking, locale);
		RenderedEmail rendered = mail.render(subjectLine, variables, locale);
		return new Example(rendered.subject(), rendered.html(),
				smsText(NotificationType.BOOKING_CONFIRMED, booking, branding.companyName(), link, locale));
	}

	/** @param processInstanceId the process that sends the messages, or null */
	@Transactional
	public Composed compose(MessageSubject subject, ChannelDecision decision, String processInstanceId) {
		Optional<Notification> email = decision.email() ? Optional.of(recorded(subject, Channel.EMAIL, processInstanceId))
				: Optional.empty();
		Optional<Notification> text = decision.sms() ? Optional.of(recorded(subject, Channel.SMS, processInstanceId))
				: Optional.empty();
		return new Composed(email, text);
	}

	private Notification recorded(MessageSubject subject, Channel channel, String processInstanceId) {
		String key = subject.idempotencyKey(channel);
		return log.record(key, () -> {
			Notification message = channel == Channel.EMAIL ? email(subject, key) : sms(subject, key);
			message.writtenBy(processInstanceId);
			return message;
		});
	}

	private Notification email(MessageSubject subject, String key) {
		Recipient to = subject.recipient();
		Locale locale = to.locale();
		Branding branding = settings.branding();
		MessagingSettings messaging = settings.messaging();
		Appointment booking = subject.booking();
		String type = subject.type().name();
		Map<String, Object> variables = new HashMap<>();
		variables.put("type", type);
		variables.put("branding", branding);
		variables.put("name", to.firstName());
		String subjectLine;
		String link;
		String calendar = null;
		if (booking == null) {
			link = links.invitation(subject.invitation().id());
			variables.put("expires", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
				.withLocale(locale)
				.format(subject.invitation().expiresAt().atZone(ZoneOffset.UTC)));
			variables.put("actionLabel", text("mail.INVITATION.action", locale));
			subjectLine = text("mail.INVITATION.subject", locale, branding.companyName());
		}
		else {
			link = links.booking(booking.id(), to.contactId(), messaging.linkCodeValidityDays());
			subjectLine = putBooking(variables, subject.type(), booking, locale);
			if (subject.type() != NotificationType.BOOKING_COMPLETED && subject.type() != NotificationType.EARLIER_TIME_OFFERED) {
				calendar = CalendarInvite.of(subject.type(), booking, branding.companyName(), branding.contactEmail(), link,
						(String) variables.get("time"));
			}
		}
		variables.put("link", link);
		variables.put("calendar", calendar != null);
		RenderedEmail rendered = mail.render(subjectLine, variables, locale);
		Notification email = Notification.email(key, subject.type(), to.contactId(), booking == null ? null : booking.id(),
				to.email(), rendered.subject(), rendered.text(), rendered.html(), clock.instant());
		email.attachCalendar(calendar);
		return email;
	}

	private Notification sms(MessageSubject subject, String key) {
		Recipient to = subject.recipient();
		Locale locale = to.locale();
		Appointment booking = subject.booking();
		String link = links.booking(booking.id(), to.contactId(), settings.messaging().linkCodeValidityDays());
		String body = smsText(subject.type(), booking, settings.branding().companyName(), link, locale);
		Notification message = Notification.sms(key, subject.type(), to.contactId(), booking.id(), to.phone(), body,
				clock.instant());
		if (!sms.configured()) {
			message.skipped(SmsProvider.NO_PROVIDER, clock.instant());
		}
		return message;
	}

	/** The booking's lines of a booking email; answers its subject line. */
	private String putBooking(Map<String, Object> variables, NotificationType type, Appointment booking, Locale locale) {
		String time = time(type, booking, locale, false);
		variables.put("time", time);
		variables.put("service", booking.serviceName());
		variables.put("address", booking.address());
		variables.put("reference", booking.reference());
		variables.put("actionLabel", text(actionKey(type), locale));
		return text("mail." + type.name() + ".subject", locale, time);
	}

	/** The SMS in one segment where it can be: without the company's name if that is what makes it longer. */
	private String smsText(NotificationType type, Appointment booking, String company, String link, Locale locale) {
		String time = GsmText.normalize(time(type, booking, locale, true));
		String body = GsmText.normalize(text("sms." + type.name(), locale, company, time, booking.reference(), link));
		if (GsmText.isGsm(body) && !GsmText.fitsOneSegment(body)) {
			body = GsmText.normalize(text("sms." + type.name(), locale, "", time, booking.reference(), link))
				.replaceFirst("^: ", "");
		}
		return body;
	}

	/**
	 * The booking's time as the message names it; an earlier-time offer names the time held for the visit instead of
	 * its own: "Thu 12 Dec, 10:00–11:30 CST instead of Thu 19 Dec, 14:00–15:30 CST".
	 */
	private String time(NotificationType type, Appointment booking, Locale locale, boolean sms) {
		String own = sms ? AppointmentTime.inSms(booking, locale, messages) : AppointmentTime.of(booking, locale, messages);
		if (type != NotificationType.EARLIER_TIME_OFFERED) {
			return own;
		}
		return holds.heldFor(booking.id())
			.map(held -> text("time.insteadOf", locale, AppointmentTime.format(held.startsAt(), held.endsAt(), booking.zone(),
					locale), own))
			.orElse(own);
	}

	private static String actionKey(NotificationType type) {
		return switch (type) {
			case BOOKING_CANCELED, BOOKING_COMPLETED, EARLIER_TIME_OFFERED -> "mail." + type.name() + ".action";
			default -> "mail.booking.action";
		};
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
