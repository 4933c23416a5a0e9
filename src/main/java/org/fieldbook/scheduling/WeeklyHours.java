package org.fieldbook.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One working interval every week, on the technician's local clock; {@code from} before {@code to}. */
public record WeeklyHours(DayOfWeek day, LocalTime from, LocalTime to) {
}
