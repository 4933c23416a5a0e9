package org.fieldbook.customer;

/** A contact as other features see it: whom to greet, where to write, in which language. */
public record CustomerContact(long id, String externalId, String firstName, String lastName, String email, String phone,
		String language, boolean smsConsent) {

	static CustomerContact of(Contact contact) {
		return new CustomerContact(contact.getId(), contact.getExternalId(), contact.getFirstName(), contact.getLastName(),
				contact.getEmail(), contact.getPhone(), contact.getLanguage(), contact.hasSmsConsent());
	}

	/** First and last name, as a note's author or a greeting's addressee. */
	public String name() {
		return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
	}

	public boolean hasEmail() {
		return email != null && !email.isBlank();
	}

}
