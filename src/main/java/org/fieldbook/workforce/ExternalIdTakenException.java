package org.fieldbook.workforce;

/** A new technician, territory or skill was to get an external id that another one of its kind has. */
public class ExternalIdTakenException extends RuntimeException {

	public ExternalIdTakenException(String kind, String externalId) {
		super("Another " + kind + " has the external id " + externalId);
	}

}
