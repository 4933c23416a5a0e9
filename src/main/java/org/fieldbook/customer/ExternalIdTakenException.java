package org.fieldbook.customer;

import org.fieldbook.system.Quoted;

/** A new account, contact or asset was given an external id that another one of its kind has. */
public class ExternalIdTakenException extends RuntimeException {

	public ExternalIdTakenException(String kind, String externalId) {
		super("Another " + kind + " has the id " + Quoted.of(externalId));
	}

}
