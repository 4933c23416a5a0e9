package org.fieldbook.invitation;

/** What the portal's password sign-in checks: a portal account's username, its password hash, and whether it may sign in. */
public record CustomerCredentials(String username, String passwordHash, boolean enabled) {
}
