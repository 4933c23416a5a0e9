package org.fieldbook.waitlist;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A scheduled visit waiting for an earlier time.
 *
 * @param notBefore no time before this date (on the account's clock) is wanted; null: any earlier time
 */
public record EarlierTimeRequest(long bookingId, LocalDate notBefore, Instant requestedAt) {
}
