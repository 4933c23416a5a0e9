package org.fieldbook.scheduling;

import java.time.LocalDateTime;

/** A period on a local clock, from inclusive to exclusive: a technician's time off. */
public record LocalPeriod(LocalDateTime from, LocalDateTime to) {
}
