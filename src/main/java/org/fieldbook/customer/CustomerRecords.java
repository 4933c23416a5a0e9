package org.fieldbook.customer;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts, contacts and assets as the back office searches and edits them, one at a time. Nothing is deleted:
 * bookings refer to them, so they are deactivated; the portal offers no inactive contact, asset or account. A
 * contact that joins an active account is invited, as when the import adds it.
 */
@Service
public class CustomerRecords {

	private static final String ACCOUNT_COLUMNS = """
			a.id, a.external_id, a.name, a.active, a.time_zone, a.address_line1 AS line1, a.address_line2 AS line2,
			a.address_city AS city, a.address_postal_code AS postal_code, a.address_country AS country,
			a.address_lat AS lat, a.address_lon AS lon""";

	private static final RowMapper<AccountRow> ACCOUNT = (rs, n) -> new AccountRow(rs.getLong("id"),
			rs.getString("external_id"), rs.getString("name"), rs.getBoolean("active"), rs.getString("time_zone"),
			SiteAddress.of(rs));

	private static final String CONTACT_COLUMNS = """
			c.id, c.external_id, c.first_name, c.last_name, c.email, c.phone, c.language, c.sms_consent, c.active,
			ARRAY(SELECT a.external_id FROM account_contact ac JOIN account a ON a.id = ac.account_id
			       WHERE ac.contact_id = c.id ORDER BY a.external_id) AS accounts""";

	private static final RowMapper<ContactRow> CONTACT = (rs, n) -> new ContactRow(rs.getLong("id"),
			rs.getString("external_id"), rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"),
			rs.getString("phone"), rs.getString("language"), rs.getBoolean("sms_consent"), rs.getBoolean("active"),
			strings(rs.getArray("accounts")));

	private static final String ASSET_COLUMNS = """
			ca.id, ca.external_id, a.external_id AS account, a.name AS account_name, ca.name, ca.active,
			fl.name AS location_name, fl.address_line1 AS line1, fl.address_line2 AS line2, fl.address_city AS city,
			fl.address_postal_code AS postal_code, fl.address_country AS country, fl.address_lat AS lat,
			fl.address_lon AS lon""";

	private static final String ASSET_TABLES = " FROM customer_asset ca JOIN account a ON a.id = ca.account_id"
			+ " LEFT JOIN functional_location fl ON fl.id = ca.functional_location_id";

	private static final RowMapper<AssetRow> ASSET = (rs, n) -> new AssetRow(rs.getLong("id"), rs.getString("external_id"),
			rs.getString("account"), rs.getString("account_name"), rs.getString("name"), rs.getBoolean("active"),
			rs.getString("location_name"), rs.getString("location_name") == null ? null : SiteAddress.of(rs));

	private final AccountRepository accounts;

	private final ContactRepository contacts;

	private final CustomerAssetRepository assets;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	CustomerRecords(AccountRepository accounts, ContactRepository contacts, CustomerAssetRepository assets,
			ApplicationEventPublisher events, JdbcClient jdbc) {
		this.accounts = accounts;
		this.contacts = contacts;
		this.assets = assets;
		this.events = events;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public CustomerPage<AccountRow> accounts(CustomerSearch search) {
		Where where = new Where(search.active(), "a.active");
		if (search.text() != null) {
			where.add("(lower(a.name) LIKE ? OR lower(a.external_id) LIKE ?)", search.prefix(), search.prefix());
		}
		String order = search.byExternalId() ? "a.external_id" : "lower(a.name), a.external_id";
		return page("SELECT " + ACCOUNT_COLUMNS, " FROM account a", where, order, search, ACCOUNT);
	}

	@Transactional(readOnly = true)
	public Optional<AccountRow> account(long id) {
		return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM account a WHERE a.id = ?").param(id).query(ACCOUNT).optional();
	}

	@Transactional
	public AccountRow createAccount(String externalId, AccountFields fields) {
		if (accounts.findByExternalId(externalId).isPresent()) {
			throw new ExternalIdTakenException("account", externalId);
		}
		Account account = new Account(externalId);
		account.describe(fields.name(), fields.active(), fields.zone(), null, fields.address());
		return account(accounts.saveAndFlush(account).getId()).orElseThrow();
	}

	/** A contact who joins an account by its becoming active again is not invited: the import does not either. */
	@Transactional
	public Changed<AccountRow> updateAccount(long id, AccountFields fields) {
		Account account = accounts.findById(id).orElseThrow(() -> new CustomerRecordNotFoundException("account", id));
		AccountRow before = account(id).orElseThrow();
		account.describe(fields.name(), fields.active(), fields.zone(), account.getTerritoryId(), fields.address());
		accounts.flush();
		return new Changed<>(before, account(id).orElseThrow());
	}

	@Transactional
	public Changed<AccountRow> deactivateAccount(long id) {
		AccountRow before = account(id).orElseThrow(() -> new CustomerRecordNotFoundException("account", id));
		AccountFields fields = before.fields();
		return updateAccount(id, new AccountFields(fields.name(), false, fields.zone(), fields.address()));
	}

	@Transactional(readOnly = true)
	public CustomerPage<ContactRow> contacts(CustomerSearch search) {
		Where where = new Where(search.active(), "c.active");
		if (search.text() != null) {
			where.add("(lower(c.last_name) LIKE ? OR lower(c.first_name) LIKE ? OR lower(c.email) LIKE ? "
					+ "OR lower(c.external_id) LIKE ?)", search.prefix(), search.prefix(), search.prefix(), search.prefix());
		}
		if (search.account() != null) {
			where.add("EXISTS (SELECT 1 FROM account_contact ac JOIN account a ON a.id = ac.account_id "
					+ "WHERE ac.contact_id = c.id AND a.external_id = ?)", search.account());
		}
		String order = search.byExternalId() ? "c.external_id" : "lower(c.last_name), lower(c.first_name), c.external_id";
		return page("SELECT " + CONTACT_COLUMNS, " FROM contact c", where, order, search, CONTACT);
	}

	@Transactional(readOnly = true)
	public Optional<ContactRow> contact(long id) {
		return jdbc.sql("SELECT " + CONTACT_COLUMNS + " FROM contact c WHERE c.id = ?").param(id).query(CONTACT).optional();
	}

	/** A new contact at an account; at an active one it is invited, as when the import adds it. */
	@Transactional
	public ContactRow createContact(String externalId, ContactFields fields, String accountExternalId) {
		Account account = accounts.findByExternalId(accountExternalId)
			.orElseThrow(() -> new UnknownAccountException(accountExternalId));
		if (contacts.findByExternalId(externalId).isPresent()) {
			throw new ExternalIdTakenException("contact", externalId);
		}
		Contact contact = new Contact(externalId);
		describe(contact, fields);
		join(account, contacts.saveAndFlush(contact));
		return contact(contact.getId()).orElseThrow();
	}

	/** Changes the contact, and links it to one more account when {@code joinAccount} names one it is not at yet. */
	@Transactional
	public Changed<ContactRow> updateContact(long id, ContactFields fields, String joinAccount) {
		Contact contact = contacts.findById(id).orElseThrow(() -> new CustomerRecordNotFoundException("contact", id));
		ContactRow before = contact(id).orElseThrow();
		Optional<Account> account = Optional.ofNullable(joinAccount)
			.map(external -> accounts.findByExternalId(external).orElseThrow(() -> new UnknownAccountException(external)));
		describe(contact, fields);
		contacts.flush();
		account.ifPresent(joined -> join(joined, contact));
		return new Changed<>(before, contact(id).orElseThrow());
	}

	@Transactional
	public Changed<ContactRow> deactivateContact(long id) {
		ContactRow before = contact(id).orElseThrow(() -> new CustomerRecordNotFoundException("contact", id));
		return updateContact(id, new ContactFields(before.firstName(), before.lastName(), before.email(), before.phone(),
				before.language(), before.smsConsent(), false), null);
	}

	@Transactional(readOnly = true)
	public CustomerPage<AssetRow> assets(CustomerSearch search) {
		return assets(search, false);
	}

	/** The assets that stand at a functional location of their own. */
	@Transactional(readOnly = true)
	public CustomerPage<AssetRow> functionalLocations(CustomerSearch search) {
		return assets(search, true);
	}

	private CustomerPage<AssetRow> assets(CustomerSearch search, boolean located) {
		Where where = new Where(search.active(), "ca.active");
		if (located) {
			where.add("fl.id IS NOT NULL");
		}
		if (search.text() != null) {
			where.add("(lower(ca.name) LIKE ? OR lower(ca.external_id) LIKE ?" + (located ? " OR lower(fl.name) LIKE ?)" : ")"),
					located ? new Object[] { search.prefix(), search.prefix(), search.prefix() }
							: new Object[] { search.prefix(), search.prefix() });
		}
		if (search.account() != null) {
			where.add("a.external_id = ?", search.account());
		}
		String order = search.byExternalId() ? "ca.external_id" : "lower(ca.name), ca.external_id";
		return page("SELECT " + ASSET_COLUMNS, ASSET_TABLES, where, order, search, ASSET);
	}

	@Transactional(readOnly = true)
	public Optional<AssetRow> asset(long id) {
		return jdbc.sql("SELECT " + ASSET_COLUMNS + ASSET_TABLES + " WHERE ca.id = ?").param(id).query(ASSET).optional();
	}

	@Transactional
	public AssetRow createAsset(String externalId, AssetFields fields) {
		Account account = accounts.findByExternalId(fields.accountExternalId())
			.orElseThrow(() -> new UnknownAccountException(fields.accountExternalId()));
		if (assets.findByExternalId(externalId).isPresent()) {
			throw new ExternalIdTakenException("asset", externalId);
		}
		CustomerAsset asset = new CustomerAsset(externalId);
		describe(asset, account, fields);
		return asset(assets.saveAndFlush(asset).getId()).orElseThrow();
	}

	@Transactional
	public Changed<AssetRow> updateAsset(long id, AssetFields fields) {
		CustomerAsset asset = assets.findById(id).orElseThrow(() -> new CustomerRecordNotFoundException("asset", id));
		Account account = accounts.findByExternalId(fields.accountExternalId())
			.orElseThrow(() -> new UnknownAccountException(fields.accountExternalId()));
		AssetRow before = asset(id).orElseThrow();
		describe(asset, account, fields);
		assets.flush();
		return new Changed<>(before, asset(id).orElseThrow());
	}

	@Transactional
	public Changed<AssetRow> deactivateAsset(long id) {
		AssetRow before = asset(id).orElseThrow(() -> new CustomerRecordNotFoundException("asset", id));
		return updateAsset(id, new AssetFields(before.accountExternalId(), before.name(), false, before.locationName(),
				before.location()));
	}

	private static void describe(Contact contact, ContactFields fields) {
		contact.describe(fields.firstName(), fields.lastName(), fields.email(), fields.phone(), fields.language(),
				fields.smsConsent() && fields.phone() != null);
		contact.setActive(fields.active());
	}

	private static void describe(CustomerAsset asset, Account account, AssetFields fields) {
		asset.describe(account.getId(), fields.name());
		asset.locate(fields.locationName(), fields.locationAddress());
		asset.setActive(fields.active());
	}

	/** Links the contact to the account; joining an active account starts its invitation, as the import does. */
	private void join(Account account, Contact contact) {
		if (account.addContact(contact)) {
			accounts.flush();
			if (account.isActive()) {
				events.publishEvent(new ContactJoinedAccount(contact.getId(), account.getId()));
			}
		}
	}

	private <T> CustomerPage<T> page(String select, String from, Where where, String order, CustomerSearch search,
			RowMapper<T> rows) {
		long total = jdbc.sql("SELECT count(*)" + from + where.sql()).params(where.params).query(Long.class).single();
		int pages = (int) Math.max(1, (total + CustomerSearch.PAGE_SIZE - 1) / CustomerSearch.PAGE_SIZE);
		int shown = Math.min(Math.max(search.page(), 1), pages);
		String direction = search.descending() ? " DESC" : "";
		String sorted = Arrays.stream(order.split(", ")).map(column -> column + direction).collect(Collectors.joining(", "));
		List<Object> paging = new ArrayList<>(where.params);
		paging.add(CustomerSearch.PAGE_SIZE);
		paging.add((long) (shown - 1) * CustomerSearch.PAGE_SIZE);
		List<T> items = jdbc.sql(select + from + where.sql() + " ORDER BY " + sorted + " LIMIT ? OFFSET ?")
			.params(paging)
			.query(rows)
			.list();
		return new CustomerPage<>(items, shown, pages, total);
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	/** The conditions of a search, each with its parameters. */
	private static final class Where {

		private final List<String> conditions = new ArrayList<>();

		private final List<Object> params = new ArrayList<>();

		Where(Boolean active, String activeColumn) {
			if (active != null) {
				add(active ? activeColumn : "NOT " + activeColumn);
			}
		}

		void add(String condition, Object... values) {
			conditions.add(condition);
			params.addAll(List.of(values));
		}

		String sql() {
			return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		}

	}

}
