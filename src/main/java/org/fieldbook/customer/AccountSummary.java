package org.fieldbook.customer;

import java.time.ZoneId;

/** An account as lists and messages show it: its name, its clock and its address on one line. */
public record AccountSummary(long id, String externalId, String name, boolean active, ZoneId zone, String address) {
}
