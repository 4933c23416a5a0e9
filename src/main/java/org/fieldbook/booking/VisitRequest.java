package org.fieldbook.booking;

/** The external ids a booking was made with: what a search for another time for it asks. */
public record VisitRequest(String serviceType, String account, String asset) {
}
