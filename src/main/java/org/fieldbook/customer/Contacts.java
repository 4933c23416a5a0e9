package org.fieldbook.customer;

import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fieldbook.system.LikePatterns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts and the accounts they belong to, for the features that serve them: the portal, messages and invitations.
 * Every question about a contact's accounts is bounded by the contact, so another account's ids find nothing.
 */
@Service
public class Contacts {

	private static final String ACCOUNT_COLUMNS = """
			a.id, a.external_id, a.name, a.active, a.time_zone, a.address_line1 AS line1, a.address_line2 AS line2,
			a.address_city AS city, a.address_postal_code AS postal_code, a.address_country AS country,
			a.address_lat AS lat, a.address_lon AS lon """;

	private static final RowMapper<AccountSummary> ACCOUNT = (rs, n) -> new AccountSummary(rs.getLong("id"),
			rs.getString("external_id"), rs.getString("name"), rs.getBoolean("active"),
			ZoneId.of(rs.getString("time_zone")), SiteAddress.of(rs).oneLine());

	private final ContactRepository contacts;

	private final JdbcTemplate jdbc;

	Contacts(ContactRepository contacts, JdbcTemplate jdbc) {
		this.contacts = contacts;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<CustomerContact> contact(long contactId) {
		return contacts.findById(contactId).map(CustomerContact::of);
	}

	/** Contacts by id; ids of deleted contacts are missing from the answer. */
	@Transactional(readOnly = true)
	public Map<Long, CustomerContact> contacts(Collection<Long> contactIds) {
		return contacts.findAllById(contactIds)
			.stream()
			.map(CustomerContact::of)
			.collect(Collectors.toMap(CustomerContact::id, Function.identity()));
	}

	/** The contacts with this email address, in any case. */
	@Transactional(readOnly = true)
	public List<CustomerContact> withEmail(String email) {
		return contacts.findByEmailIgnoreCase(email).stream().map(CustomerContact::of).toList();
	}

	/**
	 * The ids of at most {@code limit} contacts whose name or email address contains the text, in any case: for
	 * staff looking for what concerns a customer.
	 */
	@Transactional(readOnly = true)
	public List<Long> idsMatching(String text, int limit) {
		String pattern = LikePatterns.lowerCaseContaining(text);
		return jdbc.queryForList("""
				SELECT id FROM contact
				 WHERE lower(first_name || ' ' || last_name) LIKE ? OR lower(email) LIKE ?
				 ORDER BY id LIMIT ?""", Long.class, pattern, pattern, limit);
	}

	@Transactional(readOnly = true)
	public Optional<CustomerContact> contactByExternalId(String externalId) {
		return contacts.findByExternalId(externalId).map(CustomerContact::of);
	}

	@Transactional
	public void changeProfile(long contactId, ProfileChange change) {
		Contact contact = contacts.findById(contactId)
			.orElseThrow(() -> new IllegalArgumentException("No contact " + contactId));
		String phone = change.phone() == null || change.phone().isBlank() ? null : change.phone();
		contact.describe(change.firstName().strip(), change.lastName().strip(), contact.getEmail(), phone, change.language(),
				change.smsConsent() && phone != null);
	}

	/** How many accounts there are, active or not. */
	@Transactional(readOnly = true)
	public long countAccounts() {
		return jdbc.queryForObject("SELECT count(*) FROM account", Long.class);
	}

	/** Accounts, active or not, whose name or external id contains {@code text} in any case, by name. */
	@Transactional(readOnly = true)
	public List<AccountSummary> searchAccounts(String text, int limit) {
		String pattern = LikePatterns.containing(text);
		return jdbc.query("SELECT " + ACCOUNT_COLUMNS + """
				  FROM account a WHERE a.name ILIKE ? OR a.external_id ILIKE ?
				 ORDER BY a.name, a.external_id LIMIT ?""", ACCOUNT, pattern, pattern, limit);
	}

	/** The contact's active accounts, by name; none for an inactive contact, which the portal no longer serves. */
	@Transactional(readOnly = true)
	public List<AccountSummary> activeAccounts(long contactId) {
		return jdbc.query("SELECT " + ACCOUNT_COLUMNS + """
				  FROM account a JOIN account_contact ac ON ac.account_id = a.id
				  JOIN contact c ON c.id = ac.contact_id AND c.active
				 WHERE ac.contact_id = ? AND a.active ORDER BY a.name, a.external_id""", ACCOUNT, contactId);
	}

	/** Every account of the contact, active or not, by id. */
	@Transactional(readOnly = true)
	public List<Long> accountIds(long contactId) {
		return jdbc.queryForList("SELECT account_id FROM account_contact WHERE contact_id = ? ORDER BY account_id", Long.class,
				contactId);
	}

	/** Accounts by id, for lists of other features' records that name them. */
	@Transactional(readOnly = true)
	public Map<Long, AccountSummary> accounts(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.query("SELECT " + ACCOUNT_COLUMNS + " FROM account a WHERE a.id = ANY(?)", ACCOUNT,
				(Object) accountIds.toArray(Long[]::new))
			.stream()
			.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
	}

	/** The territory of each of these accounts that has one: account id → territory id. */
	@Transactional(readOnly = true)
	public Map<Long, Long> territories(Collection<Long> accountIds) {
		Map<Long, Long> territories = new HashMap<>();
		if (!accountIds.isEmpty()) {
			jdbc.query("SELECT id, territory_id FROM account WHERE id = ANY(?) AND territory_id IS NOT NULL",
					(RowCallbackHandler) rs -> territories.put(rs.getLong(1), rs.getLong(2)),
					(Object) accountIds.toArray(Long[]::new));
		}
		return territories;
	}

	/**
	 * The contacts whose name, or the name or id of one of whose accounts, contains the text (any case): what a staff
	 * member's search for a person finds in other features' lists.
	 */
	@Transactional(readOnly = true)
	public List<Long> idsMatchingNameOrAccount(String text) {
		String pattern = LikePatterns.lowerCaseContaining(text);
		return jdbc.queryForList("""
				SELECT c.id FROM contact c
				 WHERE lower(concat_ws(' ', c.first_name, c.last_name)) LIKE ?
				    OR EXISTS (SELECT 1 FROM account_contact ac JOIN account a ON a.id = ac.account_id
				                WHERE ac.contact_id = c.id AND (lower(a.name) LIKE ? OR lower(a.external_id) LIKE ?))""",
				Long.class, pattern, pattern, pattern);
	}

	/** The accounts of each contact, by name, for lists of other features' records that name contacts. */
	@Transactional(readOnly = true)
	public Map<Long, List<AccountSummary>> accountsOfContacts(Collection<Long> contactIds) {
		if (contactIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.query("SELECT ac.contact_id, " + ACCOUNT_COLUMNS + """
				  FROM account a JOIN account_contact ac ON ac.account_id = a.id
				 WHERE ac.contact_id = ANY(?) ORDER BY a.name, a.external_id""",
				(rs, n) -> Map.entry(rs.getLong("contact_id"), ACCOUNT.mapRow(rs, n)), (Object) contactIds.toArray(Long[]::new))
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/** The active assets of one of the contact's active accounts, with where each is. */
	@Transactional(readOnly = true)
	public List<AssetSummary> assets(long contactId, String accountExternalId) {
		return jdbc.query("SELECT ca.id, ca.external_id, ca.name, " + SiteAddress.COLUMNS + """

				  FROM customer_asset ca
				  JOIN account a ON a.id = ca.account_id AND a.active
				  JOIN account_contact ac ON ac.account_id = a.id AND ac.contact_id = ?
				  LEFT JOIN functional_location fl ON fl.id = ca.functional_location_id
				 WHERE a.external_id = ? AND ca.active ORDER BY ca.name, ca.external_id""",
				(rs, n) -> new AssetSummary(rs.getLong(1), rs.getString(2), rs.getString(3), SiteAddress.of(rs).oneLine()),
				contactId, accountExternalId);
	}

	/** Asset names by id. */
	@Transactional(readOnly = true)
	public Map<Long, String> assetNames(Collection<Long> assetIds) {
		return column("name", assetIds);
	}

	/** Active contacts with an email address at an active account: whom "invite all existing contacts" may reach. */
	@Transactional(readOnly = true)
	public List<CustomerContact> reachableContactsOfActiveAccounts() {
		return jdbc.query("""
				SELECT DISTINCT c.id, c.external_id, c.first_name, c.last_name, c.email, c.phone, c.language, c.sms_consent
				  FROM contact c
				  JOIN account_contact ac ON ac.contact_id = c.id
				  JOIN account a ON a.id = ac.account_id AND a.active
				 WHERE c.active AND c.email IS NOT NULL AND c.email <> ''
				 ORDER BY c.id""", (rs, n) -> new CustomerContact(rs.getLong(1), rs.getString(2), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8)));
	}

	private Map<Long, String> column(String column, Collection<Long> assetIds) {
		if (assetIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.query("SELECT id, " + column + " FROM customer_asset WHERE id = ANY(?)",
				(rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)), (Object) assetIds.toArray(Long[]::new))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
