package org.fieldbook.notification;

import java.time.Instant;
import java.util.Locale;

import org.fieldbook.booking.Appointment;

/**
 * What one message is about and to whom it goes: the recipient, and the booking or the invitation.
 *
 * @param recipient  null when there is nobody to write to (no reported-by contact, or the contact was deleted)
 * @param booking    null for an invitation
 * @param invitation null for a booking message
 */
public record MessageSubject(NotificationType type, Recipient recipient, Appointment booking, Invitation invitation,
		Long holdId) {

	public MessageSubject(NotificationType type, Recipient recipient, Appointment booking, Invitation invitation) {
		this(type, recipient, booking, invitation, null);
	}

	/** The contact a message goes to: the work order's reported-by contact, or the invited contact. */
	public record Recipient(long contactId, String firstName, String lastName, String email, String phone,
			String language, boolean smsConsent) {

		public String name() {
			return (firstName + " " + lastName).trim();
		}

		public Locale locale() {
			return Locale.forLanguageTag(language);
		}

		public boolean hasEmail() {
			return email != null && !email.isBlank();
		}

		/** A number we may text: one on file and the contact's consent to SMS. */
		public boolean textable() {
			return phone != null && !phone.isBlank() && smsConsent;
		}

	}

	/**
	 * An invitation as its message needs it.
	 *
	 * @param contactId the invited contact, or null when it was deleted
	 * @param accountId the account whose exclusion applies: the contact's first active account that may receive
	 *                  messages, else its first account
	 */
	public record Invitation(long id, Long contactId, String email, Instant expiresAt, Long accountId) {
	}

	/**
	 * Names this occurrence of the message, for its idempotency key: a reminder is once per time promised,
	 * a rescheduling notice once per change, an earlier-time offer once per time held, everything else once.
	 */
	public String occurrence() {
		return switch (type) {
			case BOOKING_REMINDER -> "at-" + booking.promisedStart().getEpochSecond();
			case BOOKING_RESCHEDULED -> "changed-" + booking.updatedAt().toEpochMilli();
			case EARLIER_TIME_OFFERED -> "held-" + holdId;
			default -> "once";
		};
	}

	public String idempotencyKey(Channel channel) {
		String about = booking != null ? "booking:" + booking.id() : "invitation:" + invitation.id();
		return about + ":" + type + ":" + occurrence() + ":" + channel;
	}

}
