package org.fieldbook.scheduling;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bookable technician as the slot engine sees it.
 *
 * @param id          the technician's external id; ties between equally good technicians go to the smaller id
 * @param skills      skill id → level 0 to 10
 * @param hours       weekly working hours in {@code zone}
 * @param timeOff     absences in {@code zone}
 * @param bookings    active bookings; they never overlap one another (the booking ledger forbids it)
 */
public record Resource(String id, ZoneId zone, GeoPoint home, Set<String> territories, Map<String, Integer> skills,
		List<WeeklyHours> hours, List<LocalPeriod> timeOff, List<BookedJob> bookings) {

	public Resource {
		territories = Set.copyOf(territories);
		skills = Map.copyOf(skills);
		hours = List.copyOf(hours);
		timeOff = List.copyOf(timeOff);
		bookings = List.copyOf(bookings);
	}

}
