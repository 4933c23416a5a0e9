package org.fieldbook.invitation;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fieldbook.invitation.Invitations.Creation;
import org.springframework.stereotype.Component;

/**
 * "Create invitation": reads {@code contactId} and {@code invitationTrigger}; writes {@code invitationId} (null when
 * none is due), {@code invitationExpiresAt} and {@code invitationSkipReason}.
 */
@Component("createInvitation")
class CreateInvitationDelegate implements JavaDelegate {

	private final Invitations invitations;

	CreateInvitationDelegate(Invitations invitations) {
		this.invitations = invitations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Creation creation = invitations.create(((Number) execution.getVariable(InvitationProcess.CONTACT_ID)).longValue(),
				InvitationTrigger.valueOf((String) execution.getVariable(InvitationProcess.TRIGGER)));
		execution.setVariable(InvitationProcess.INVITATION_ID, creation.invitationId());
		execution.setVariable(InvitationProcess.EXPIRES_AT, creation.expiresAt() == null ? null : Date.from(creation.expiresAt()));
		execution.setVariable(InvitationProcess.SKIP_REASON, creation.skipReason());
	}

}
