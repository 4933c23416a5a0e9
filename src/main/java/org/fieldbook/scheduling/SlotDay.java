package org.fieldbook.scheduling;

import java.time.LocalDate;
import java.util.List;

/** The offered starts of one local date, in time order. */
public record SlotDay(LocalDate date, List<Slot> slots) {
}
