package org.fieldbook.settings;

/**
 * What Fieldbook sends and how: the reference's "General" and "Messaging" tabs, and the windows of
 * reminders, invitations and portal links.
 *
 * @param inviteAccountContacts send self-scheduling invitations to contacts that join an active account
 * @param communicationType     email, SMS or both (invitations are always email)
 */
public record MessagingSettings(boolean inviteAccountContacts, CommunicationType communicationType,
		boolean invitation, boolean bookingConfirmed, boolean bookingReminder, boolean bookingRescheduled,
		boolean bookingCanceled, boolean bookingCompleted, int reminderWindowDays, int invitationExpiryDays,
		int linkCodeValidityDays) {

	public enum CommunicationType {

		EMAIL, SMS, BOTH;

		public boolean email() {
			return this != SMS;
		}

		public boolean sms() {
			return this != EMAIL;
		}

	}

}
