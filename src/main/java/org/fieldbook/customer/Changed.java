package org.fieldbook.customer;

/** A record before and after a change, for the audit trail's old → new. */
public record Changed<T>(T before, T after) {
}
