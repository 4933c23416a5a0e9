package org.fieldbook.customer;

import java.time.ZoneId;

/** An account as the back office lists and edits it. */
public record AccountRow(long id, String externalId, String name, boolean active, String timeZone, Address address) {

	AccountFields fields() {
		return new AccountFields(name, active, ZoneId.of(timeZone), address);
	}

}
