package org.fieldbook.backoffice.settings;

import org.fieldbook.settings.GeneralSettingsChange;
import org.fieldbook.settings.MessagingSettings;
import org.fieldbook.settings.MessagingSettings.CommunicationType;
import org.fieldbook.settings.PortalRules;

/** The form of the "General" tab, bound from its POST; {@code version} is the one the form was read at. */
public class GeneralSettingsForm {

	/** Whom invitations go to: the reference's "new contacts going forward" or, once, "all existing contacts" too. */
	public enum Invitations {

		OFF, NEW_CONTACTS, ALL_CONTACTS

	}

	private long version;

	private Invitations invitations;

	private CommunicationType communicationType;

	private boolean messageInvitation;

	private boolean messageBookingConfirmed;

	private boolean messageBookingReminder;

	private boolean messageBookingRescheduled;

	private boolean messageBookingCanceled;

	private boolean messageBookingCompleted;

	private boolean messageEarlierTimeOffered;

	private boolean passwordSignIn;

	static GeneralSettingsForm of(long version, MessagingSettings messaging, PortalRules rules) {
		GeneralSettingsForm form = new GeneralSettingsForm();
		form.version = version;
		form.invitations = messaging.inviteAccountContacts() ? Invitations.NEW_CONTACTS : Invitations.OFF;
		form.communicationType = messaging.communicationType();
		form.messageInvitation = messaging.invitation();
		form.messageBookingConfirmed = messaging.bookingConfirmed();
		form.messageBookingReminder = messaging.bookingReminder();
		form.messageBookingRescheduled = messaging.bookingRescheduled();
		form.messageBookingCanceled = messaging.bookingCanceled();
		form.messageBookingCompleted = messaging.bookingCompleted();
		form.messageEarlierTimeOffered = messaging.earlierTimeOffered();
		form.passwordSignIn = rules.passwordSignIn();
		return form;
	}

	/** @param passwordSignInShown whether the form offered the password setting (else it is not changed) */
	GeneralSettingsChange toChange(boolean passwordSignInShown) {
		return new GeneralSettingsChange(invitations == null ? null : invitations != Invitations.OFF, communicationType,
				messageInvitation, messageBookingConfirmed, messageBookingReminder, messageBookingRescheduled,
				messageBookingCanceled, messageBookingCompleted, messageEarlierTimeOffered,
				passwordSignInShown ? passwordSignIn : null);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Invitations getInvitations() {
		return invitations;
	}

	public void setInvitations(Invitations invitations) {
		this.invitations = invitations;
	}

	public CommunicationType getCommunicationType() {
		return communicationType;
	}

	public void setCommunicationType(CommunicationType communicationType) {
		this.communicationType = communicationType;
	}

	public boolean isMessageInvitation() {
		return messageInvitation;
	}

	public void setMessageInvitation(boolean messageInvitation) {
		this.messageInvitation = messageInvitation;
	}

	public boolean isMessageBookingConfirmed() {
		return messageBookingConfirmed;
	}

	public void setMessageBookingConfirmed(boolean messageBookingConfirmed) {
		this.messageBookingConfirmed = messageBookingConfirmed;
	}

	public boolean isMessageBookingReminder() {
		return messageBookingReminder;
	}

	public void setMessageBookingReminder(boolean messageBookingReminder) {
		this.messageBookingReminder = messageBookingReminder;
	}

	public boolean isMessageBookingRescheduled() {
		return messageBookingRescheduled;
	}

	public void setMessageBookingRescheduled(boolean messageBookingRescheduled) {
		this.messageBookingRescheduled = messageBookingRescheduled;
	}

	public boolean isMessageBookingCanceled() {
		return messageBookingCanceled;
	}

	public void setMessageBookingCanceled(boolean messageBookingCanceled) {
		this.messageBookingCanceled = messageBookingCanceled;
	}

	public boolean isMessageBookingCompleted() {
		return messageBookingCompleted;
	}

	public void setMessageBookingCompleted(boolean messageBookingCompleted) {
		this.messageBookingCompleted = messageBookingCompleted;
	}

	public boolean isMessageEarlierTimeOffered() {
		return messageEarlierTimeOffered;
	}

	public void setMessageEarlierTimeOffered(boolean messageEarlierTimeOffered) {
		this.messageEarlierTimeOffered = messageEarlierTimeOffered;
	}

	public boolean isPasswordSignIn() {
		return passwordSignIn;
	}

	public void setPasswordSignIn(boolean passwordSignIn) {
		this.passwordSignIn = passwordSignIn;
	}

}
