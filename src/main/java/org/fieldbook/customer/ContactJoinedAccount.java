package org.fieldbook.customer;

/** A contact was linked to an active account (by the master data import): the moment to invite them. */
public record ContactJoinedAccount(long contactId, long accountId) {
}
