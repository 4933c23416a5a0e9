package org.fieldbook.booking;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Claim the reminder": reads {@code bookingId}; writes {@code claimed}, true for exactly one claim per booking and time. */
@Component("claimReminder")
class ClaimReminderDelegate implements JavaDelegate {

	private final BookingReminders reminders;

	ClaimReminderDelegate(BookingReminders reminders) {
		this.reminders = reminders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long bookingId = ((Number) execution.getVariable(ReminderProcess.BOOKING_ID)).longValue();
		execution.setVariableLocal(ReminderProcess.CLAIMED, reminders.claim(bookingId));
	}

}
