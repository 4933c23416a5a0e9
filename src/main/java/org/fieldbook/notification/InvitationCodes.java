package org.fieldbook.notification;

import java.util.Optional;

import org.fieldbook.notification.MessageSubject.Invitation;

/**
 * What an invitation message needs of the invitations, which own them: the invitation, and its single-use code.
 * The invitation feature implements it, so that messages need not know it.
 */
public interface InvitationCodes {

	Optional<Invitation> invitation(long invitationId);

	/**
	 * Issues the invitation's code; an invitation gets its code once, when its email is rendered.
	 *
	 * @throws IllegalStateException when the invitation already has its code
	 */
	String issueCode(long invitationId);

}
