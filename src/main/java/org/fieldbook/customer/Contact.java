package org.fieldbook.customer;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.fieldbook.system.ExternallyIdentified;

/** A person at one or more accounts: who books, and who receives the messages. */
@Entity
class Contact implements ExternallyIdentified {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String externalId;

	private String firstName;

	private String lastName;

	private String email;

	/** E.164, e.g. +13125550100. */
	private String phone;

	private String language = "en";

	private boolean smsConsent;

	private boolean active = true;

	protected Contact() {
	}

	public Contact(String externalId) {
		this.externalId = externalId;
	}

	/** @return whether anything of it changed */
	public boolean describe(String firstName, String lastName, String email, String phone, String language,
			boolean smsConsent) {
		boolean changed = !(Objects.equals(this.firstName, firstName) && Objects.equals(this.lastName, lastName)
				&& Objects.equals(this.email, email) && Objects.equals(this.phone, phone)
				&& Objects.equals(this.language, language) && this.smsConsent == smsConsent);
		this.firstName = firstName;
		this.lastName = lastName;
		this.email = email;
		this.phone = phone;
		this.language = language;
		this.smsConsent = smsConsent;
		return changed;
	}

	/** An inactive contact is kept for the bookings that name it, but the portal no longer offers it anything. */
	public void setActive(boolean active) {
		this.active = active;
	}

	public Long getId() {
		return id;
	}

	public String getExternalId() {
		return externalId;
	}

	public String getFirstName() {
		return firstName;
	}

	public String getLastName() {
		return lastName;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public String getLanguage() {
		return language;
	}

	public boolean hasSmsConsent() {
		return smsConsent;
	}

	public boolean isActive() {
		return active;
	}

}
