package org.fieldbook.booking;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fieldbook.booking.SlotReservation.Reserved;
import org.springframework.stereotype.Component;

/**
 * "Reserve slot": synchronous, in the transaction of the customer's request. Reads {@code serviceType},
 * {@code account}, {@code asset}, {@code contactId}, {@code startsAt} (ISO-8601), {@code technicians}
 * (comma-separated external ids), {@code details}; writes {@code bookingId} and {@code bookingReference}.
 */
@Component("reserveSlot")
class ReserveSlotDelegate implements JavaDelegate {

	private final BookingService bookings;

	ReserveSlotDelegate(BookingService bookings) {
		this.bookings = bookings;
	}

	static Map<String, Object> variables(BookingRequest request, String reference) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("serviceType", request.serviceType());
		variables.put("account", request.account());
		variables.put("asset", request.asset());
		variables.put("contactId", request.contactId());
		variables.put("startsAt", request.startsAt().toString());
		variables.put("technicians", String.join(",", request.technicians()));
		variables.put("details", request.details());
		variables.put(BookingProcess.BOOKING_REFERENCE, reference);
		return variables;
	}

	@Override
	public void execute(DelegateExecution execution) {
		BookingRequest request = new BookingRequest((String) execution.getVariable("serviceType"),
				(String) execution.getVariable("account"), (String) execution.getVariable("asset"),
				((Number) execution.getVariable("contactId")).longValue(),
				Instant.parse((String) execution.getVariable("startsAt")),
				Arrays.asList(((String) execution.getVariable("technicians")).split(",")),
				(String) execution.getVariable("details"));
		String reference = (String) execution.getVariable(BookingProcess.BOOKING_REFERENCE);
		if (reference == null) {
			reference = execution.getProcessBusinessKey();
			execution.setVariable(BookingProcess.BOOKING_REFERENCE, reference);
		}
		Reserved reserved = bookings.reserve(request, reference);
		execution.setVariable(BookingProcess.BOOKING_ID, reserved.bookingId());
	}

}
