package org.fieldbook.customer;

/** A customer asset with where it is on one line: its functional location, else its account's address. */
public record AssetSummary(long id, String externalId, String name, String address) {
}
