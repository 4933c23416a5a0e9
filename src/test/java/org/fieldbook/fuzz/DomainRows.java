package org.fieldbook.fuzz;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/** How many rows each domain table holds, in one query; a refused request must leave every count as it was. */
final class DomainRows {

	static final List<String> TABLES = List.of("territory", "skill", "technician", "technician_skill", "technician_territory",
			"technician_working_hours", "technician_time_off", "service_type", "service_type_skill", "account", "contact",
			"account_contact", "functional_location", "customer_asset", "work_order", "work_order_note", "booking",
			"booking_assignment", "invitation", "portal_account", "portal_account_identity", "password_reset", "notification",
			"portal_link_code", "portal_settings", "portal_settings_excluded_account", "portal_settings_excluded_service_type");

	private static final String COUNTS = TABLES.stream()
		.map(table -> "SELECT '" + table + "' AS name, count(*) AS rows FROM " + table)
		.collect(Collectors.joining(" UNION ALL "));

	private final JdbcTemplate jdbc;

	DomainRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Long> count() {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.query(COUNTS, row -> {
			counts.put(row.getString("name"), row.getLong("rows"));
		});
		return counts;
	}

	/** The tables whose counts differ, e.g. {@code booking 3 → 4}. */
	static String difference(Map<String, Long> before, Map<String, Long> after) {
		return TABLES.stream()
			.filter(table -> !before.get(table).equals(after.get(table)))
			.map(table -> table + " " + before.get(table) + " → " + after.get(table))
			.collect(Collectors.joining(", "));
	}

}
