package org.fieldbook.workforce;

import java.util.List;

import org.fieldbook.scheduling.LocalPeriod;
import org.fieldbook.scheduling.WeeklyHours;

/** When a technician works: weekly hours and time off, both on the technician's own clock. */
public record WorkingTime(List<WeeklyHours> hours, List<LocalPeriod> timeOff) {

	public static final WorkingTime NONE = new WorkingTime(List.of(), List.of());

	public WorkingTime {
		hours = List.copyOf(hours);
		timeOff = List.copyOf(timeOff);
	}

}
