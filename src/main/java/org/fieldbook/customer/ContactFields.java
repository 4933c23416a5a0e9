package org.fieldbook.customer;

/** What staff edit of a contact; {@code email} and {@code phone} may be null, {@code language} a tag such as {@code en}. */
public record ContactFields(String firstName, String lastName, String email, String phone, String language,
		boolean smsConsent, boolean active) {
}
