package org.fieldbook.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ask for a call where no reminder got through": one "Notify the customer" per booking whose messages all failed. */
@Component("askForCalls")
class AskForCallsDelegate implements JavaDelegate {

	private final ReminderBatchMessages batch;

	AskForCallsDelegate(ReminderBatchMessages batch) {
		this.batch = batch;
	}

	@Override
	public void execute(DelegateExecution execution) {
		batch.askForCalls(execution.getProcessInstanceId());
	}

}
