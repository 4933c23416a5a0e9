package org.fieldbook.booking;

import static org.fieldbook.booking.BookingReminderProcess.*;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Claim the reminder": reads {@code bookingId}; writes {@code claimed}, true for exactly one claim per booking and
 * time, and the claimed booking's {@code bookingReference}, the business key of its reminder.
 */
@Component("claimReminder")
class ClaimReminderDelegate implements JavaDelegate {

	private final BookingReminders reminders;

	ClaimReminderDelegate(BookingReminders reminders) {
		this.reminders = reminders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Optional<String> claimed = reminders.claim(((Number) execution.getVariable(BOOKING_ID)).longValue());
		execution.setVariableLocal(CLAIMED, claimed.isPresent());
		execution.setVariableLocal(BOOKING_REFERENCE, claimed.orElse(null));
	}

}
