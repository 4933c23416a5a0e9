package org.fieldbook.customer;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of the company's CRM with their contacts and assets, written by the master data import and matched
 * by their external id. The writing acts on the caller's transaction, so that a rejected import changes nothing.
 */
@Service
public class CustomerImport {

	/** An account, its territory by Fieldbook id. */
	public record AccountData(String externalId, String name, boolean active, ZoneId zone, Long territoryId,
			Address address, List<ContactData> contacts, List<AssetData> assets) {
	}

	/** @param language a language tag such as {@code en} */
	public record ContactData(String externalId, String firstName, String lastName, String email, String phone,
			String language, boolean smsConsent) {
	}

	/** An asset at its own functional location, or at the account's address when {@code locationName} is null. */
	public record AssetData(String externalId, String name, String locationName, Address locationAddress) {
	}

	/** Which external ids of an import are in Fieldbook already. */
	public record ExistingIds(Set<String> accounts, Set<String> contacts, Set<String> assets) {
	}

	/** The external ids that an import created or changed; the others of the import were left as they were. */
	public record Written(Set<String> accounts, Set<String> contacts, Set<String> assets) {
	}

	private final AccountRepository accounts;

	private final ContactRepository contacts;

	private final CustomerAssetRepository assets;

	private final ApplicationEventPublisher events;

	CustomerImport(AccountRepository accounts, ContactRepository contacts, CustomerAssetRepository assets,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.contacts = contacts;
		this.assets = assets;
		this.events = events;
	}

	/** The Fieldbook ids of those of these external ids that are accounts. */
	public Map<String, Long> accountIds(Collection<String> externalIds) {
		return accounts.idsByExternalId(externalIds);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public ExistingIds existing(List<AccountData> data) {
		return new ExistingIds(accounts.byExternalId(accountIds(data)).keySet(),
				contacts.byExternalId(contactIds(data)).keySet(), assets.byExternalId(assetIds(data)).keySet());
	}

	/**
	 * Writes the accounts with their contacts and assets. A contact new to an active account joins it: that is
	 * published as {@link ContactJoinedAccount}, which its listeners hear after the commit. An account that a contact
	 * joins counts as changed.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Written upsert(List<AccountData> data) {
		Written written = new Written(new HashSet<>(), new HashSet<>(), new HashSet<>());
		Map<String, Account> knownAccounts = accounts.byExternalId(accountIds(data));
		Map<String, Contact> knownContacts = contacts.byExternalId(contactIds(data));
		Map<String, CustomerAsset> knownAssets = assets.byExternalId(assetIds(data));
		for (AccountData record : data) {
			Account account = knownAccounts.computeIfAbsent(record.externalId(), Account::new);
			boolean changed = account.describe(record.name(), record.active(), record.zone(), record.territoryId(),
					record.address());
			List<Contact> joined = new ArrayList<>();
			for (ContactData person : record.contacts()) {
				Contact contact = knownContacts.computeIfAbsent(person.externalId(), Contact::new);
				if (contact.describe(person.firstName(), person.lastName(), person.email(), person.phone(),
						person.language(), person.smsConsent())) {
					written.contacts().add(person.externalId());
				}
				if (account.addContact(contacts.save(contact))) {
					joined.add(contact);
				}
			}
			if (changed || !joined.isEmpty()) {
				written.accounts().add(record.externalId());
			}
			accounts.save(account);
			if (account.isActive()) {
				joined.forEach(contact -> events.publishEvent(new ContactJoinedAccount(contact.getId(), account.getId())));
			}
			for (AssetData equipment : record.assets()) {
				CustomerAsset asset = knownAssets.computeIfAbsent(equipment.externalId(), CustomerAsset::new);
				boolean described = asset.describe(account.getId(), equipment.name());
				if (asset.locate(equipment.locationName(), equipment.locationAddress()) | described) {
					written.assets().add(equipment.externalId());
				}
				assets.save(asset);
			}
		}
		return written;
	}

	private static List<String> accountIds(List<AccountData> data) {
		return data.stream().map(AccountData::externalId).toList();
	}

	private static List<String> contactIds(List<AccountData> data) {
		return data.stream().flatMap(account -> account.contacts().stream()).map(ContactData::externalId).toList();
	}

	private static List<String> assetIds(List<AccountData> data) {
		return data.stream().flatMap(account -> account.assets().stream()).map(AssetData::externalId).toList();
	}

}
