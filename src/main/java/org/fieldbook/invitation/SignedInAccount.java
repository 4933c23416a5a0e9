package org.fieldbook.invitation;

/**
 * An enabled portal account as each request of its signed-in customer checks it: the contact it signs in as, and
 * its credentials version, which a password change moves on.
 */
public record SignedInAccount(long contactId, int credentialsVersion) {
}
