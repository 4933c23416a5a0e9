package org.fieldbook.customer;

/** What a customer may change of their own contact on the portal; SMS consent needs a phone number. */
public record ProfileChange(String firstName, String lastName, String phone, String language, boolean smsConsent) {
}
