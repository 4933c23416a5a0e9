package org.fieldbook.scheduling;

import java.time.Instant;

/** An active booking of a technician: the time it holds and where the technician is then. */
public record BookedJob(Instant start, Instant end, GeoPoint location) {
}
