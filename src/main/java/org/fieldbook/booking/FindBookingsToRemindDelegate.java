package org.fieldbook.booking;

import java.time.Clock;
import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Find bookings to remind": writes {@code bookingIds}, the bookings due a reminder now. */
@Component("findBookingsToRemind")
class FindBookingsToRemindDelegate implements JavaDelegate {

	private final BookingReminders reminders;

	private final Clock clock;

	FindBookingsToRemindDelegate(BookingReminders reminders, Clock clock) {
		this.reminders = reminders;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(ReminderProcess.BOOKING_IDS, new ArrayList<>(reminders.due(clock.instant())));
	}

}
