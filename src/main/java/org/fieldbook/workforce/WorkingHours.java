package org.fieldbook.workforce;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/** One weekly working interval on the technician's local clock. */
@Embeddable
record WorkingHours(@Column(name = "day_of_week") @Convert(converter = IsoDayOfWeekConverter.class) DayOfWeek day,
		LocalTime startsAt, LocalTime endsAt) {
}
