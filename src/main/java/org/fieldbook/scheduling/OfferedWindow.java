package org.fieldbook.scheduling;

import java.time.ZonedDateTime;

/**
 * An arrival window offered on a date: the customer is promised arrival from {@code start} until {@code end};
 * {@code planned} is the start inside it that the system would reserve and the crew that would go.
 */
public record OfferedWindow(ZonedDateTime start, ZonedDateTime end, Slot planned) {
}
