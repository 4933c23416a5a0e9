package org.fieldbook.booking;

/** A service type as the portal offers it: its portal name (else its name) and how long the visit takes. */
public record ServiceTypeChoice(String id, String name, int durationMinutes) {
}
