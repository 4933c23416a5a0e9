package org.fieldbook.booking;

import java.time.Instant;
import java.util.List;

/**
 * A time that a booking left free (canceled, or moved away): what another customer of the same service type could
 * be offered instead of their own, later visit.
 *
 * @param serviceType the service type's external id
 * @param technicians the crew that is free then, by external id
 */
public record FreedTime(long bookingId, String serviceType, Instant startsAt, Instant endsAt, List<String> technicians) {

	public FreedTime {
		technicians = List.copyOf(technicians);
	}

}
