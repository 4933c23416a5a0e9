package org.fieldbook.scheduling;

import java.time.ZonedDateTime;
import java.util.List;

/** An offered start, with the technicians that the system would assign (crew size of them). */
public record Slot(ZonedDateTime start, ZonedDateTime end, List<String> technicians) {
}
