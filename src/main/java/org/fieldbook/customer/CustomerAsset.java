package org.fieldbook.customer;

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

	@OneToOne(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "functional_location_id")
	private FunctionalLocation functionalLocation;

	protected CustomerAsset() {
	}

	public CustomerAsset(String externalId) {
		this.externalId = externalId;
	}

	public void describe(Long accountId, String name) {
		this.accountId = accountId;
		this.name = name;
	}

	/** Places the asset at its own location, or at the account's address when {@code name} is null. */
	public void locate(String name, Address address) {
		if (name == null) {
			functionalLocation = null;
		}
		else if (functionalLocation == null) {
			functionalLocation = new FunctionalLocation(name, address);
		}
		else {
			functionalLocation.describe(name, address);
		}
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
