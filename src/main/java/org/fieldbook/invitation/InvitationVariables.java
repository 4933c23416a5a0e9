package org.fieldbook.invitation;

/** The names of {@code processes/invitation.bpmn} that Java uses; the catalogue in {@code processes/README.md} says who writes each. */
public final class InvitationVariables {

	public static final String PROCESS_KEY = "invitation";

	/** The message the waiting instance catches, correlated by {@link #INVITATION_ID}. */
	public static final String REDEEMED = "invitationRedeemed";

	/** In, at the start. */
	public static final String CONTACT_ID = "contactId";

	/** An {@link InvitationTrigger} name. */
	public static final String TRIGGER = "invitationTrigger";

	/** "Create invitation": the invitation (null when none is due), its expiry, and why none was created. */
	public static final String INVITATION_ID = "invitationId";

	public static final String EXPIRES_AT = "invitationExpiresAt";

	public static final String SKIP_REASON = "invitationSkipReason";

	/**
	 * The business key "Create invitation" gives the instance once it created an invitation, passed on to its
	 * notification: {@code invitation-42} finds both in Cockpit.
	 */
	public static String businessKey(long invitationId) {
		return PROCESS_KEY + "-" + invitationId;
	}

	private InvitationVariables() {
	}

}
