package org.fieldbook.invitation;

/**
 * What the portal's sign-ins check and remember: a portal account's username, its password hash, whether it may
 * sign in, and its credentials version, which a password change moves on (a session signed in with an older one
 * is ended).
 */
public record CustomerCredentials(String username, String passwordHash, boolean enabled, int credentialsVersion) {
}
