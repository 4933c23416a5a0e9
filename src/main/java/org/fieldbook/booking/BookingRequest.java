package org.fieldbook.booking;

import java.time.Instant;
import java.util.List;

/**
 * A customer's booking of an offered slot, in the company's own ids, as the portal sends it.
 *
 * @param asset       optional: the appliance or installation the visit is for
 * @param contactId   the contact who books: the work order's reported-by contact
 * @param technicians the technicians the slot was offered with (external ids)
 * @param details     optional: what the customer wrote about the problem; a note on the work order
 */
public record BookingRequest(String serviceType, String account, String asset, long contactId, Instant startsAt,
		List<String> technicians, String details) {

	public BookingRequest {
		technicians = List.copyOf(technicians);
	}

}
