package org.fieldbook.invitation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Expire invitation": reads {@code invitationId}; a pending invitation becomes expired and its code stops working. */
@Component("expireInvitation")
class ExpireInvitationDelegate implements JavaDelegate {

	private final Invitations invitations;

	ExpireInvitationDelegate(Invitations invitations) {
		this.invitations = invitations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		invitations.expire(((Number) execution.getVariable(InvitationVariables.INVITATION_ID)).longValue());
	}

}
