package org.fieldbook.customer;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import org.fieldbook.system.ExternallyIdentified;

/** A customer organisation or household: the service address, its time zone and territory, its contacts. */
@Entity
class Account implements ExternallyIdentified {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String externalId;

	private String name;

	private boolean active = true;

	private String timeZone;

	private Long territoryId;

	@Embedded
	private Address address;

	@ManyToMany
	@JoinTable(name = "account_contact", joinColumns = @JoinColumn(name = "account_id"),
			inverseJoinColumns = @JoinColumn(name = "contact_id"))
	private Set<Contact> contacts = new HashSet<>();

	protected Account() {
	}

	public Account(String externalId) {
		this.externalId = externalId;
	}

	/** @return whether anything of it changed */
	public boolean describe(String name, boolean active, ZoneId zone, Long territoryId, Address address) {
		boolean changed = !(Objects.equals(this.name, name) && this.active == active
				&& Objects.equals(this.timeZone, zone.getId()) && Objects.equals(this.territoryId, territoryId)
				&& Objects.equals(this.address, address));
		this.name = name;
		this.active = active;
		this.timeZone = zone.getId();
		this.territoryId = territoryId;
		this.address = address;
		return changed;
	}

	/** @return whether the contact is new to this account */
	public boolean addContact(Contact contact) {
		return contacts.add(contact);
	}

	public Long getId() {
		return id;
	}

	public String getExternalId() {
		return externalId;
	}

	public String getName() {
		return name;
	}

	public boolean isActive() {
		return active;
	}

	public ZoneId getTimeZone() {
		return ZoneId.of(timeZone);
	}

	public Long getTerritoryId() {
		return territoryId;
	}

	public Address getAddress() {
		return address;
	}

	public Set<Contact> getContacts() {
		return Set.copyOf(contacts);
	}

}
