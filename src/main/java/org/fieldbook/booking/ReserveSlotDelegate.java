package org.fieldbook.booking;

import static org.fieldbook.booking.BookingProcess.*;

import java.time.Instant;
import java.util.Arrays;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fieldbook.booking.SlotReservation.Reserved;
import org.springframework.stereotype.Component;

/**
 * "Reserve slot": synchronous, in the transaction of the customer's request. Reads the request's variables and the
 * booking reference, which is the business key; writes {@code bookingId}.
 */
@Component("reserveSlot")
class ReserveSlotDelegate implements JavaDelegate {

	private final BookingService bookings;

	ReserveSlotDelegate(BookingService bookings) {
		this.bookings = bookings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		BookingRequest request = new BookingRequest((String) execution.getVariable(SERVICE_TYPE),
				(String) execution.getVariable(ACCOUNT), (String) execution.getVariable(ASSET),
				((Number) execution.getVariable(CONTACT_ID)).longValue(), Instant.parse((String) execution.getVariable(STARTS_AT)),
				Arrays.asList(((String) execution.getVariable(TECHNICIANS)).split(",")), (String) execution.getVariable(DETAILS));
		Reserved reserved = bookings.reserve(request, execution.getProcessBusinessKey());
		execution.setVariable(BOOKING_ID, reserved.bookingId());
	}

}
