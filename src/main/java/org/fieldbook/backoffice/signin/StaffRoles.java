package org.fieldbook.backoffice.signin;

/** The roles of the back office. Customers have none of them. */
public enum StaffRoles {

	STAFF, ADMIN, DISPATCHER;

	public String authority() {
		return "ROLE_" + name();
	}

}
