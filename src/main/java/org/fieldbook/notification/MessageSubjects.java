package org.fieldbook.notification;

import org.fieldbook.booking.Appointment;
import org.fieldbook.booking.HeldTime;
import org.fieldbook.booking.ServiceTypeCatalog;
import org.fieldbook.booking.TimeHolds;
import org.fieldbook.booking.Visits;
import org.fieldbook.customer.Contacts;
import org.fieldbook.customer.CustomerContact;
import org.fieldbook.notification.MessageSubject.Invitation;
import org.fieldbook.notification.MessageSubject.Recipient;
import org.springframework.stereotype.Component;

/** Loads what a message is about, as it is now, from the features that own it. */
@Component
class MessageSubjects {

	private final Visits visits;

	private final Contacts contacts;

	private final InvitationCodes invitations;

	private final ServiceTypeCatalog serviceTypes;

	private final TimeHolds holds;

	MessageSubjects(Visits visits, Contacts contacts, InvitationCodes invitations, ServiceTypeCatalog serviceTypes,
			TimeHolds holds) {
		this.holds = holds;
		this.visits = visits;
		this.contacts = contacts;
		this.invitations = invitations;
		this.serviceTypes = serviceTypes;
	}

	/**
	 * A booking message goes to the work order's reported-by contact, naming the service type in the contact's
	 * language; an invitation to its contact.
	 *
	 * @throws IllegalArgumentException when the booking or invitation does not exist
	 */
	MessageSubject load(NotificationType type, Long bookingId, Long invitationId) {
		if (type == NotificationType.INVITATION) {
			Invitation invitation = invitations.invitation(invitationId)
				.orElseThrow(() -> new IllegalArgumentException("No invitation " + invitationId));
			return new MessageSubject(type, recipient(invitation.contactId()), null, invitation);
		}
		Appointment booking = visits.appointment(bookingId);
		Recipient to = recipient(booking.reportedByContactId());
		Long holdId = type == NotificationType.EARLIER_TIME_OFFERED
				? holds.heldFor(booking.id()).map(HeldTime::holdId).orElse(null) : null;
		return new MessageSubject(type, to, to == null ? booking : serviceTypes.inLanguage(booking, to.language()), null,
				holdId);
	}

	private Recipient recipient(Long contactId) {
		return contactId == null ? null : contacts.contact(contactId).map(MessageSubjects::recipient).orElse(null);
	}

	private static Recipient recipient(CustomerContact contact) {
		return new Recipient(contact.id(), contact.firstName(), contact.lastName(), contact.email(), contact.phone(),
				contact.language(), contact.smsConsent());
	}

}
