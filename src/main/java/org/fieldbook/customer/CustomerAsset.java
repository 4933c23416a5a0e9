package org.fieldbook.customer;

import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import org.fieldbook.system.ExternallyIdentified;

/** Equipment at an account that needs service; the portal calls it a "service product". */
@Entity
class CustomerAsset implements ExternallyIdentified {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String externalId;

	private Long accountId;

	private String name;

	private boolean active = true;

	@OneToOne(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "functional_location_id")
	private FunctionalLocation functionalLocation;

	protected CustomerAsset() {
	}

	public CustomerAsset(String externalId) {
		this.externalId = externalId;
	}

	/** @return whether anything of it changed */
	public boolean describe(Long accountId, String name) {
		boolean changed = !(Objects.equals(this.accountId, accountId) && Objects.equals(this.name, name));
		this.accountId = accountId;
		this.name = name;
		return changed;
	}

	/**
	 * Places the asset at its own location, or at the account's address when {@code name} is null.
	 *
	 * @return whether where it stands changed
	 */
	public boolean locate(String name, Address address) {
		if (name == null) {
			boolean changed = functionalLocation != null;
			functionalLocation = null;
			return changed;
		}
		if (functionalLocation == null) {
			functionalLocation = new FunctionalLocation(name, address);
			return true;
		}
		return functionalLocation.describe(name, address);
	}

	/** An inactive asset is kept for the bookings that name it, but the portal no longer offers it. */
	public void setActive(boolean active) {
		this.active = active;
	}

	public boolean isActive() {
		return active;
	}

	public Long getId() {
		return id;
	}

	public String getExternalId() {
		return externalId;
	}

	public Long getAccountId() {
		return accountId;
	}

	public String getName() {
		return name;
	}

	public FunctionalLocation getFunctionalLocation() {
		return functionalLocation;
	}

}
