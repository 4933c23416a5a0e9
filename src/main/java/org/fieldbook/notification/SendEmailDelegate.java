package org.fieldbook.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send email": delivers the recorded email; a failure fails the job, which the engine retries. */
@Component("sendEmail")
class SendEmailDelegate implements JavaDelegate {

	private final EmailChannel email;

	SendEmailDelegate(EmailChannel email) {
		this.email = email;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long notificationId = DecideChannelsDelegate.id(execution, NotificationVariables.EMAIL_NOTIFICATION_ID);
		execution.setVariable(NotificationVariables.EMAIL_STATE, email.deliver(notificationId).name());
	}

}
