package org.fieldbook.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send the batch's emails": a failure fails the job, whose retry sends what is still pending. */
@Component("sendBatchEmails")
class SendBatchEmailsDelegate implements JavaDelegate {

	private final ReminderBatchMessages batch;

	SendBatchEmailsDelegate(ReminderBatchMessages batch) {
		this.batch = batch;
	}

	@Override
	public void execute(DelegateExecution execution) {
		batch.sendEmails(execution.getProcessInstanceId());
	}

}
