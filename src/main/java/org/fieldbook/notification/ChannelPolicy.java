package org.fieldbook.notification;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.fieldbook.booking.BookingStatus;
import org.fieldbook.notification.MessageSubject.Recipient;
import org.fieldbook.settings.MessagingSettings;
import org.fieldbook.settings.MessagingSettings.CommunicationType;

/**
 * The reference's notification settings as rules: the message type must be on, the booking made on the portal,
 * neither account nor service type excluded; then email and SMS as the communication type says, where the
 * contact has an email address or a mobile number with SMS consent. Invitations are email only.
 */
final class ChannelPolicy {

	/**
	 * Messages that speak of a visit still to come: pointless, even misleading, once it was canceled or completed.
	 * An earlier-time offer moves the visit, so it too needs one still scheduled.
	 */
	private static final Set<NotificationType> ABOUT_A_COMING_VISIT = EnumSet.of(NotificationType.BOOKING_CONFIRMED,
			NotificationType.BOOKING_REMINDER, NotificationType.BOOKING_RESCHEDULED,
			NotificationType.EARLIER_TIME_OFFERED);

	private ChannelPolicy() {
	}

	/** @param exclusion why an exclusion list keeps messaging from the account or service type, or empty */
	static ChannelDecision decide(MessageSubject subject, MessagingSettings settings, Optional<String> exclusion) {
		if (!turnedOn(subject.type(), settings)) {
			return ChannelDecision.skip("the " + subject.type() + " message is turned off in the messaging settings");
		}
		if (subject.booking() != null && !subject.booking().madeOnPortal()) {
			return ChannelDecision.skip("the booking was not made through the portal");
		}
		if (ABOUT_A_COMING_VISIT.contains(subject.type()) && subject.booking().status() != BookingStatus.SCHEDULED) {
			return ChannelDecision.skip("the booking is no longer scheduled");
		}
		if (exclusion.isPresent()) {
			return ChannelDecision.skip(exclusion.get());
		}
		Recipient recipient = subject.recipient();
		if (recipient == null) {
			return ChannelDecision.skip("there is no contact to write to");
		}
		if (subject.type() == NotificationType.INVITATION) {
			return recipient.hasEmail() ? ChannelDecision.send(true, false)
					: ChannelDecision.unreachable("the contact has no email address for the invitation");
		}
		CommunicationType channels = settings.communicationType();
		boolean email = channels.email() && recipient.hasEmail();
		boolean sms = channels.sms() && recipient.textable();
		if (email || sms) {
			return ChannelDecision.send(email, sms);
		}
		return ChannelDecision.unreachable(switch (channels) {
			case EMAIL -> "the contact has no email address";
			case SMS -> "the contact has no mobile number with consent to SMS";
			case BOTH -> "the contact has neither an email address nor a mobile number with consent to SMS";
		});
	}

	private static boolean turnedOn(NotificationType type, MessagingSettings settings) {
		return switch (type) {
			case INVITATION -> settings.invitation();
			case BOOKING_CONFIRMED -> settings.bookingConfirmed();
			case BOOKING_REMINDER -> settings.bookingReminder();
			case BOOKING_RESCHEDULED -> settings.bookingRescheduled();
			case BOOKING_CANCELED -> settings.bookingCanceled();
			case BOOKING_COMPLETED -> settings.bookingCompleted();
			case EARLIER_TIME_OFFERED -> settings.earlierTimeOffered();
			case PASSWORD_RESET -> true;
		};
	}

}
