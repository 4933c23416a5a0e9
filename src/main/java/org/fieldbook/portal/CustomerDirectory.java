package org.fieldbook.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.fieldbook.system.SecretCodes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * What a signed-in contact may see: its active accounts, their assets, the portal's service types and the
 * bookings of its accounts. Every query is bounded by the contact, so another account's ids find nothing.
 */
@Repository
public class CustomerDirectory {

	public record Customer(long contactId, String firstName, String email, String language) {
	}

	record AccountOption(String id, String name, String address) {
	}

	record AssetOption(String id, String name, String address) {
	}

	record ServiceTypeOption(String id, String name, int durationMinutes) {
	}

	/** A booking as the customer sees it, with its time on the service location's clock. */
	record VisitView(long bookingId, String reference, Instant startsAt, Instant endsAt, ZoneId zone, String status,
			String serviceType, String asset, String address, String account) {

		boolean upcoming(Instant now) {
			return "SCHEDULED".equals(status) && endsAt.isAfter(now);
		}

	}

	private static final String VISITS = """
			SELECT b.id, b.reference, b.starts_at, b.ends_at, a.time_zone, b.status, coalesce(st.portal_name, st.name) AS service_type,
			       ca.name AS asset, concat_ws(', ', w.address_line1, w.address_postal_code || ' ' || w.address_city) AS address,
			       a.name AS account
			  FROM booking b
			  JOIN work_order w ON w.id = b.work_order_id
			  JOIN account a ON a.id = w.account_id
			  JOIN service_type st ON st.id = w.service_type_id
			  LEFT JOIN customer_asset ca ON ca.id = w.asset_id
			""";

	private static final RowMapper<VisitView> VISIT = (rs, n) -> new VisitView(rs.getLong("id"), rs.getString("reference"),
			rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), ZoneId.of(rs.getString("time_zone")),
			rs.getString("status"), rs.getString("service_type"), rs.getString("asset"), rs.getString("address"),
			rs.getString("account"));

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CustomerDirectory(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<Customer> customer(String username) {
		return jdbc.query("""
				SELECT c.id, c.first_name, c.email, c.language FROM portal_account p JOIN contact c ON c.id = p.contact_id
				 WHERE lower(p.username) = lower(?) AND p.enabled""",
				(rs, n) -> new Customer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), username)
			.stream()
			.findFirst();
	}

	List<AccountOption> accounts(long contactId) {
		return jdbc.query("""
				SELECT a.external_id, a.name, concat_ws(', ', a.address_line1, a.address_postal_code || ' ' || a.address_city)
				  FROM account a JOIN account_contact ac ON ac.account_id = a.id
				 WHERE ac.contact_id = ? AND a.active ORDER BY a.name, a.external_id""",
				(rs, n) -> new AccountOption(rs.getString(1), rs.getString(2), rs.getString(3)), contactId);
	}

	/** The account's assets with where each is: its functional location, else the account's address. */
	List<AssetOption> assets(long contactId, String accountId) {
		return jdbc.query("""
				SELECT ca.external_id, ca.name,
				       CASE WHEN fl.id IS NULL THEN concat_ws(', ', a.address_line1, a.address_postal_code || ' ' || a.address_city)
				            ELSE concat_ws(', ', fl.address_line1, fl.address_postal_code || ' ' || fl.address_city) END
				  FROM customer_asset ca
				  JOIN account a ON a.id = ca.account_id AND a.active
				  JOIN account_contact ac ON ac.account_id = a.id AND ac.contact_id = ?
				  LEFT JOIN functional_location fl ON fl.id = ca.functional_location_id
				 WHERE a.external_id = ? ORDER BY ca.name, ca.external_id""",
				(rs, n) -> new AssetOption(rs.getString(1), rs.getString(2), rs.getString(3)), contactId, accountId);
	}

	List<ServiceTypeOption> serviceTypes() {
		return jdbc.query("""
				SELECT external_id, coalesce(portal_name, name), duration_minutes FROM service_type
				 WHERE on_portal ORDER BY coalesce(portal_name, name)""",
				(rs, n) -> new ServiceTypeOption(rs.getString(1), rs.getString(2), rs.getInt(3)));
	}

	List<VisitView> visits(long contactId) {
		return jdbc.query(VISITS + """
				 WHERE b.source = 'PORTAL'
				   AND EXISTS (SELECT 1 FROM account_contact ac WHERE ac.account_id = w.account_id AND ac.contact_id = ?)
				 ORDER BY b.starts_at DESC""", VISIT, contactId);
	}

	Optional<VisitView> visit(long contactId, String reference) {
		return jdbc.query(VISITS + """
				 WHERE b.reference = ?
				   AND EXISTS (SELECT 1 FROM account_contact ac WHERE ac.account_id = w.account_id AND ac.contact_id = ?)""",
				VISIT, reference, contactId).stream().findFirst();
	}

	/** The booking a link code opens, while the code is neither expired nor blocked; records its use. */
	Optional<VisitView> visitByLinkCode(String code) {
		Timestamp now = Timestamp.from(clock.instant());
		List<Long> bookings = jdbc.queryForList("""
				UPDATE portal_link_code SET last_used_at = ?
				 WHERE code_hash = ? AND NOT blocked AND expires_at > ? RETURNING booking_id""", Long.class,
				now, SecretCodes.hash(code), now);
		if (bookings.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.query(VISITS + " WHERE b.id = ?", VISIT, bookings.get(0)).stream().findFirst();
	}

	/** The external ids a booking was made with, to search times for moving it. */
	record VisitRequest(String serviceType, String account, String asset) {
	}

	VisitRequest requestOf(long bookingId) {
		return jdbc.queryForObject("""
				SELECT st.external_id, a.external_id, ca.external_id
				  FROM booking b JOIN work_order w ON w.id = b.work_order_id
				  JOIN service_type st ON st.id = w.service_type_id JOIN account a ON a.id = w.account_id
				  LEFT JOIN customer_asset ca ON ca.id = w.asset_id
				 WHERE b.id = ?""", (rs, n) -> new VisitRequest(rs.getString(1), rs.getString(2), rs.getString(3)), bookingId);
	}

}
