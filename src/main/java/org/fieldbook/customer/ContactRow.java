package org.fieldbook.customer;

import java.util.List;

/** A contact as the back office lists and edits it, with the external ids of its accounts. */
public record ContactRow(long id, String externalId, String firstName, String lastName, String email, String phone,
		String language, boolean smsConsent, boolean active, List<String> accounts) {

	public String name() {
		return (firstName + " " + lastName).strip();
	}

}
