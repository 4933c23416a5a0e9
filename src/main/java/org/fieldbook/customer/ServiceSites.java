package org.fieldbook.customer;

import java.time.ZoneId;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Where visits take place, and who may book them: what booking needs to know of accounts, contacts and assets. */
@Service
public class ServiceSites {

	/** The external ids of an account and, optionally, one of its assets. */
	public record SiteReference(String account, String asset) {
	}

	private final JdbcTemplate jdbc;

	public ServiceSites(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The site of a visit at an active account, for one of its assets (null: none).
	 *
	 * @return empty when there is no such active account; an asset that the account does not have, or that is no
	 *         longer active, is left out
	 */
	public Optional<ServiceSite> site(String accountExternalId, String assetExternalId) {
		return jdbc.query("SELECT a.id, a.external_id, a.time_zone, a.territory_id, ca.id AS asset_id, ca.external_id AS asset, "
				+ SiteAddress.COLUMNS + """

				  FROM account a
				  LEFT JOIN customer_asset ca ON ca.account_id = a.id AND ca.external_id = ? AND ca.active
				  LEFT JOIN functional_location fl ON fl.id = ca.functional_location_id
				 WHERE a.external_id = ? AND a.active""",
				(rs, n) -> new ServiceSite(rs.getLong("id"), rs.getString("external_id"),
						ZoneId.of(rs.getString("time_zone")), rs.getObject("territory_id", Long.class),
						rs.getObject("asset_id", Long.class), rs.getString("asset"), SiteAddress.of(rs)),
				assetExternalId, accountExternalId)
			.stream()
			.findFirst();
	}

	public boolean isContactOf(long contactId, long accountId) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM account_contact WHERE contact_id = ? AND account_id = ?)", Boolean.class,
				contactId, accountId));
	}

	/** The external ids of an account and of an asset (null: none); empty when the account does not exist. */
	public Optional<SiteReference> reference(long accountId, Long assetId) {
		return jdbc.query("""
				SELECT a.external_id, ca.external_id
				  FROM account a LEFT JOIN customer_asset ca ON ca.id = ?
				 WHERE a.id = ?""", (rs, n) -> new SiteReference(rs.getString(1), rs.getString(2)), assetId, accountId)
			.stream()
			.findFirst();
	}

}
