package org.fieldbook.customer;

import java.util.Objects;

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

	/** @return whether anything of it changed */
	public boolean describe(String name, Address address) {
		boolean changed = !(Objects.equals(this.name, name) && Objects.equals(this.address, address));
		this.name = name;
		this.address = address;
		return changed;
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
