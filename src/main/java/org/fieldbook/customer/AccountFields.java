package org.fieldbook.customer;

import java.time.ZoneId;

/** What staff edit of an account; its territory stays as the import set it. */
public record AccountFields(String name, boolean active, ZoneId zone, Address address) {
}
