package org.fieldbook.customer;

/** An account as the back office lists and edits it. */
public record AccountRow(long id, String externalId, String name, boolean active, String timeZone, Address address) {

	AccountFields fields() {
		return new AccountFields(name, active, java.time.ZoneId.of(timeZone), address);
	}

}
