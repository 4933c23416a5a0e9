package org.fieldbook.customer;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Where a visit for an asset takes place, in one place: the asset's functional location when it has one, else its
 * account's address. Queries join {@code account a} and {@code functional_location fl} (null without an asset).
 */
final class SiteAddress {

	static final String COLUMNS = """
			CASE WHEN fl.id IS NULL THEN a.address_line1 ELSE fl.address_line1 END AS line1,
			CASE WHEN fl.id IS NULL THEN a.address_line2 ELSE fl.address_line2 END AS line2,
			CASE WHEN fl.id IS NULL THEN a.address_city ELSE fl.address_city END AS city,
			CASE WHEN fl.id IS NULL THEN a.address_postal_code ELSE fl.address_postal_code END AS postal_code,
			CASE WHEN fl.id IS NULL THEN a.address_country ELSE fl.address_country END AS country,
			CASE WHEN fl.id IS NULL THEN a.address_lat ELSE fl.address_lat END AS lat,
			CASE WHEN fl.id IS NULL THEN a.address_lon ELSE fl.address_lon END AS lon""";

	private SiteAddress() {
	}

	static Address of(ResultSet rs) throws SQLException {
		return new Address(rs.getString("line1"), rs.getString("line2"), rs.getString("city"), rs.getString("postal_code"),
				rs.getString("country"), rs.getDouble("lat"), rs.getDouble("lon"));
	}

}
