package org.fieldbook.scheduling;

import java.time.ZoneId;
import java.util.List;

/** The offered starts grouped by local date (dates without any are left out), and the reasons when there are none. */
public record SlotSearchResult(ZoneId zone, List<SlotDay> days, List<Reason> reasons) {

	public boolean isEmpty() {
		return days.isEmpty();
	}

}
