package org.fieldbook.booking;

import static org.fieldbook.booking.ReminderProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fieldbook.booking.ReminderBatches.ReminderBatch;
import org.springframework.stereotype.Component;

/** "Start the next batch of reminders": reads {@code after} (none before the first batch); writes {@code after} and {@code more}. */
@Component("startReminderBatch")
class StartReminderBatchDelegate implements JavaDelegate {

	private final ReminderBatches batches;

	StartReminderBatchDelegate(ReminderBatches batches) {
		this.batches = batches;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Number after = (Number) execution.getVariable(AFTER);
		ReminderBatch batch = batches.startNext(after == null ? 0 : after.longValue());
		execution.setVariable(AFTER, batch.after());
		execution.setVariable(MORE, batch.more());
	}

}
