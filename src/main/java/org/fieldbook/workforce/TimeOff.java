package org.fieldbook.workforce;

import java.time.LocalDateTime;

import jakarta.persistence.Embeddable;

/** Absence on the technician's local clock, from inclusive to exclusive. */
@Embeddable
record TimeOff(LocalDateTime startsAt, LocalDateTime endsAt) {
}
