package org.fieldbook.settings;

/**
 * What Fieldbook sends and how: the reference's "General" and "Messaging" tabs, and the windows of
 * reminders, earlier-time offers, invitations and portal links.
 *
 * @param inviteAccountContacts   send self-scheduling invitations to contacts that join an active account
 * @param communicationType       email, SMS or both (invitations are always email)
 * @param earlierTimeOffered      offer a freed time to a customer waiting for an earlier one
 * @param earlierTimeOfferMinutes how long a freed time is held for one waiting customer before it passes to the next
 */
public record MessagingSettings(boolean inviteAccountContacts, CommunicationType communicationType,
		boolean invitation, boolean bookingConfirmed, boolean bookingReminder, boolean bookingRescheduled,
		boolean bookingCanceled, boolean bookingCompleted, boolean earlierTimeOffered, int reminderWindowDays,
		int invitationExpiryDays, int linkCodeValidityDays, int earlierTimeOfferMinutes) {

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
