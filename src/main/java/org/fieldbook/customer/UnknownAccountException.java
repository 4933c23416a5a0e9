package org.fieldbook.customer;

import org.fieldbook.system.Quoted;

/** A contact or an asset named an account that does not exist. */
public class UnknownAccountException extends RuntimeException {

	public UnknownAccountException(String externalId) {
		super("unknown account id " + Quoted.of(externalId));
	}

}
