package org.fieldbook.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send email": delivers the recorded message; a failure fails the job, which the engine retries. */
@Component("sendEmail")
class SendEmailDelegate implements JavaDelegate {

	private final EmailChannel email;

	SendEmailDelegate(EmailChannel email) {
		this.email = email;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long notificationId = ((Number) execution.getVariable(NotificationVariables.NOTIFICATION_ID)).longValue();
		execution.setVariable(NotificationVariables.EMAIL_STATE, email.deliver(notificationId).name());
	}

}
