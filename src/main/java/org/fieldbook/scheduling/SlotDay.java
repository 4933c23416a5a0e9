package org.fieldbook.scheduling;

import java.time.LocalDate;
import java.util.List;

/**
 * What one local date offers: its starts in time order, or, when the request asks for arrival windows, its
 * windows in the order of the day (and no starts).
 */
public record SlotDay(LocalDate date, List<Slot> slots, List<OfferedWindow> windows) {

	public SlotDay {
		slots = List.copyOf(slots);
		windows = List.copyOf(windows);
	}

	public SlotDay(LocalDate date, List<Slot> slots) {
		this(date, slots, List.of());
	}

}
