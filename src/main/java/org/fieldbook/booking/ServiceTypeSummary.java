package org.fieldbook.booking;

/** A service type as the back office lists it, on the portal or not. */
public record ServiceTypeSummary(long id, String externalId, String name) {
}
