package org.fieldbook.customer;

/** What staff edit of an asset: at its own functional location, or at its account's address when {@code locationName} is null. */
public record AssetFields(String accountExternalId, String name, boolean active, String locationName,
		Address locationAddress) {
}
