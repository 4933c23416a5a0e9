package org.fieldbook.booking;

import java.time.Instant;

/**
 * A slot search in the company's own ids.
 *
 * @param asset optional; its functional location, when it has one, is where the job is
 * @param now   the moment the search is for; null for the application clock's current time
 */
public record SlotQuery(String serviceType, String account, String asset, Instant now) {
}
