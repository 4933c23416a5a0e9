package org.fieldbook.customer;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Where an asset stands when that is not the account's address: a roof, a plant room, a branch. */
@Entity
class FunctionalLocation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Embedded
	private Address address;

	protected FunctionalLocation() {
	}

	public FunctionalLocation(String name, Address address) {
		describe(name, address);
	}

	public void describe(String name, Address address) {
		this.name = name;
		this.address = address;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public Address getAddress() {
		return address;
	}

}
