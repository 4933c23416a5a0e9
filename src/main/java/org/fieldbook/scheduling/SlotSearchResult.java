package org.fieldbook.scheduling;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The offered starts grouped by local date (dates without any are left out), the reasons when the whole
 * window has none, and, when a crew of qualified technicians exists, why each date of the window without
 * any start has none.
 */
public record SlotSearchResult(ZoneId zone, List<SlotDay> days, List<Reason> reasons, List<UnavailableDay> unavailableDays) {

	/** A date of the window without any offered start: {@link Reason.Code#NOT_WORKING} or {@link Reason.Code#FULLY_BOOKED}. */
	public record UnavailableDay(LocalDate date, Reason reason) {
	}

	public boolean isEmpty() {
		return days.isEmpty();
	}

}
