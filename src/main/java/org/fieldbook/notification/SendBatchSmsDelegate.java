package org.fieldbook.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send the batch's SMS": 429, 5xx or no answer fail the job, whose retry sends what is still pending. */
@Component("sendBatchSms")
class SendBatchSmsDelegate implements JavaDelegate {

	private final ReminderBatchMessages batch;

	SendBatchSmsDelegate(ReminderBatchMessages batch) {
		this.batch = batch;
	}

	@Override
	public void execute(DelegateExecution execution) {
		batch.sendTexts(execution.getProcessInstanceId());
	}

}
