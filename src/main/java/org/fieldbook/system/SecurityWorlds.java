package org.fieldbook.system;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Customers and staff keep their sign-ins under different keys of the session, so that a staff sign-in is
 * nobody on the portal and a customer's is nobody in the back office, even in one browser.
 */
public enum SecurityWorlds {

	CUSTOMER, STAFF;

	public SecurityContextRepository repository() {
		HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
		repository.setSpringSecurityContextKey(sessionKey());
		return repository;
	}

	/** The session attribute that holds this world's sign-in. */
	public String sessionKey() {
		return "FIELDBOOK_" + name() + "_SECURITY_CONTEXT";
	}

}
