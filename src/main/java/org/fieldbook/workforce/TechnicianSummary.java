package org.fieldbook.workforce;

import java.time.ZoneId;

import org.fieldbook.scheduling.GeoPoint;

/** An active technician as the dispatch board names and places one: its clock and where it starts the day. */
public record TechnicianSummary(long id, String externalId, String name, ZoneId zone, GeoPoint home) {
}
