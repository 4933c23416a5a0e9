package org.fieldbook.invitation;

/** Why an invitation process starts; only an admin's re-issue may invite an email address a second time. */
public enum InvitationTrigger {

	/** A contact joined an active account and the setting "send self-scheduling to account contacts" is on. */
	CONTACT_JOINED,
	/** The admin chose to invite all existing contacts. */
	ALL_EXISTING_CONTACTS,
	/** The admin re-issues a contact's invitation: earlier pending ones are revoked. */
	REISSUE

}
