package org.fieldbook.customer;

/** An asset as the back office lists and edits it; {@code locationName} and {@code location} null at the account's address. */
public record AssetRow(long id, String externalId, String accountExternalId, String accountName, String name,
		boolean active, String locationName, Address location) {
}
