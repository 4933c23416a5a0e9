package org.fieldbook.invitation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A contact's sign-in to the customer portal. */
@Entity
public class PortalAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long contactId;

	private String username;

	private String passwordHash;

	private boolean enabled = true;

	private int credentialsVersion;

	private Instant createdAt;

	protected PortalAccount() {
	}

	PortalAccount(Long contactId, String username, String passwordHash, Instant createdAt) {
		this.createdAt = createdAt;
		this.contactId = contactId;
		this.username = username;
		this.passwordHash = passwordHash;
	}

	/** A new password, and a new credentials version: sessions signed in before it are ended. */
	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.credentialsVersion++;
	}

	CustomerCredentials credentials() {
		return new CustomerCredentials(username, passwordHash, enabled, credentialsVersion);
	}

	public Long getId() {
		return id;
	}

	public Long getContactId() {
		return contactId;
	}

	public String getUsername() {
		return username;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
