package org.fieldbook.notification;

import static org.fieldbook.booking.ReminderBatchProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Write the batch's reminders": reads {@code after} and {@code upTo}; claims the due bookings and records their messages. */
@Component("writeBatchReminders")
class WriteBatchRemindersDelegate implements JavaDelegate {

	private final ReminderBatchMessages batch;

	WriteBatchRemindersDelegate(ReminderBatchMessages batch) {
		this.batch = batch;
	}

	@Override
	public void execute(DelegateExecution execution) {
		batch.write(((Number) execution.getVariable(AFTER)).longValue(), ((Number) execution.getVariable(UP_TO)).longValue(),
				execution.getProcessInstanceId());
	}

}
