package org.fieldbook.settings;

import java.util.List;

import org.fieldbook.settings.MessagingSettings.CommunicationType;

/**
 * The "General" tab of the settings, and the API's {@code general} section: invitations, which messages are sent
 * and how, and whether customers may sign in with a password. A null field is not named and stays as it is.
 *
 * @param inviteAccountContacts invite contacts that join an active account from now on
 * @param passwordSignIn        counts only while an OpenID Connect provider is configured
 */
public record GeneralSettingsChange(Boolean inviteAccountContacts, CommunicationType communicationType,
		Boolean messageInvitation, Boolean messageBookingConfirmed, Boolean messageBookingReminder,
		Boolean messageBookingRescheduled, Boolean messageBookingCanceled, Boolean messageBookingCompleted,
		Boolean messageEarlierTimeOffered, Boolean passwordSignIn) implements SettingsChange {

	@Override
	public List<SettingChanged> applyTo(PortalSettings settings) {
		MessagingSettings messaging = settings.messaging();
		FieldChanges fields = new FieldChanges();
		fields.set("inviteAccountContacts", inviteAccountContacts, messaging.inviteAccountContacts(),
				settings::inviteAccountContacts);
		fields.set("communicationType", communicationType, messaging.communicationType(), settings::communicationType);
		fields.set("messageInvitation", messageInvitation, messaging.invitation(), settings::messageInvitation);
		fields.set("messageBookingConfirmed", messageBookingConfirmed, messaging.bookingConfirmed(),
				settings::messageBookingConfirmed);
		fields.set("messageBookingReminder", messageBookingReminder, messaging.bookingReminder(),
				settings::messageBookingReminder);
		fields.set("messageBookingRescheduled", messageBookingRescheduled, messaging.bookingRescheduled(),
				settings::messageBookingRescheduled);
		fields.set("messageBookingCanceled", messageBookingCanceled, messaging.bookingCanceled(),
				settings::messageBookingCanceled);
		fields.set("messageBookingCompleted", messageBookingCompleted, messaging.bookingCompleted(),
				settings::messageBookingCompleted);
		fields.set("messageEarlierTimeOffered", messageEarlierTimeOffered, messaging.earlierTimeOffered(),
				settings::messageEarlierTimeOffered);
		fields.set("passwordSignIn", passwordSignIn, settings.portalRules().passwordSignIn(), settings::passwordSignIn);
		return fields.apply();
	}

	/** The change that names every field with its value in these settings. */
	public static GeneralSettingsChange of(MessagingSettings messaging, PortalRules rules) {
		return new GeneralSettingsChange(messaging.inviteAccountContacts(), messaging.communicationType(),
				messaging.invitation(), messaging.bookingConfirmed(), messaging.bookingReminder(),
				messaging.bookingRescheduled(), messaging.bookingCanceled(), messaging.bookingCompleted(),
				messaging.earlierTimeOffered(), rules.passwordSignIn());
	}

}
