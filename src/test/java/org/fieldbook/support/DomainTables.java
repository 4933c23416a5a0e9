package org.fieldbook.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the domain tables between tests that share the one database. */
public final class DomainTables {

	private DomainTables() {
	}

	public static void truncate(JdbcTemplate jdbc) {
		jdbc.execute("TRUNCATE portal_link_code, notification, portal_account, invitation, booking_assignment, booking, "
				+ "work_order_note, work_order, customer_asset, functional_location, account_contact, contact, account, "
				+ "service_type_skill, service_type, technician_time_off, technician_working_hours, technician_territory, "
				+ "technician_skill, technician, skill, territory, sign_in_failure RESTART IDENTITY CASCADE");
	}

}
