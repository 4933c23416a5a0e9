package org.fieldbook.booking;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Complete booking and work order": reads {@code bookingId}; ends the booking's own process. */
@Component("completeBooking")
class CompleteBookingDelegate implements JavaDelegate {

	private final BookingService bookings;

	CompleteBookingDelegate(BookingService bookings) {
		this.bookings = bookings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		bookings.markCompleted(((Number) execution.getVariable(CompletionProcess.BOOKING_ID)).longValue());
	}

}
