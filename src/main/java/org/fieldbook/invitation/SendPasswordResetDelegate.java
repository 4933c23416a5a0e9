package org.fieldbook.invitation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Send reset link": reads {@code resetAddress}; emails a link when the address has a portal account. Writes no
 * variable: the token lives only in the email. A failed email fails the job, which the engine retries.
 */
@Component("sendPasswordReset")
class SendPasswordResetDelegate implements JavaDelegate {

	private final PasswordResets resets;

	SendPasswordResetDelegate(PasswordResets resets) {
		this.resets = resets;
	}

	@Override
	public void execute(DelegateExecution execution) {
		resets.sendLink((String) execution.getVariable(PasswordResetVariables.ADDRESS), execution.getProcessInstanceId());
	}

}
