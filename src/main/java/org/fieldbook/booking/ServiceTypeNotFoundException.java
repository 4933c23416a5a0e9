package org.fieldbook.booking;

/** No service type has this external id. */
public class ServiceTypeNotFoundException extends RuntimeException {

	public ServiceTypeNotFoundException(String externalId) {
		super("No service type " + externalId);
	}

}
