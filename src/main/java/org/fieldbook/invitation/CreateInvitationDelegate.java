package org.fieldbook.invitation;

import static org.fieldbook.invitation.InvitationVariables.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fieldbook.invitation.Invitations.Creation;
import org.springframework.stereotype.Component;

/**
 * "Create invitation": reads {@code contactId} and {@code invitationTrigger}; writes {@code invitationId} (null when
 * none is due), {@code invitationExpiresAt} and {@code invitationSkipReason}, and makes the invitation's key the
 * business key.
 */
@Component("createInvitation")
class CreateInvitationDelegate implements JavaDelegate {

	private final Invitations invitations;

	CreateInvitationDelegate(Invitations invitations) {
		this.invitations = invitations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Creation creation = invitations.create(((Number) execution.getVariable(CONTACT_ID)).longValue(),
				InvitationTrigger.valueOf((String) execution.getVariable(TRIGGER)));
		execution.setVariable(INVITATION_ID, creation.invitationId());
		execution.setVariable(EXPIRES_AT, creation.expiresAt() == null ? null : Date.from(creation.expiresAt()));
		execution.setVariable(SKIP_REASON, creation.skipReason());
		if (creation.invitationId() != null) {
			execution.setProcessBusinessKey(businessKey(creation.invitationId()));
		}
	}

}
