package org.fieldbook.invitation;

import java.util.Optional;

import org.fieldbook.customer.Contact;
import org.fieldbook.customer.ContactRepository;
import org.fieldbook.system.SecretCodes;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates the portal sign-ins of contacts; the username is the contact's email address. */
@Service
public class PortalAccountService {

	private final PortalAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final ContactRepository contacts;

	PortalAccountService(PortalAccountRepository accounts, PasswordEncoder passwordEncoder, ContactRepository contacts) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.contacts = contacts;
	}

	/**
	 * The portal account of someone the OpenID Connect provider vouches for with this (confirmed) email address:
	 * theirs if they have one and it is enabled, else a new one when the address is a contact's. Its password is
	 * a random secret nobody knows: only the provider, or a password reset by email, signs it in.
	 */
	@Transactional
	public Optional<PortalAccount> forSingleSignOn(String email) {
		Optional<PortalAccount> existing = accounts.findByUsernameIgnoreCase(email);
		if (existing.isPresent()) {
			return existing.filter(PortalAccount::isEnabled);
		}
		return contacts.findFirstByEmailIgnoreCase(email)
			.map(contact -> accounts.save(new PortalAccount(contact.getId(), contact.getEmail(),
					passwordEncoder.encode(SecretCodes.newCode()))));
	}

	@Transactional
	public PortalAccount open(Contact contact, String rawPassword) {
		if (contact.getEmail() == null) {
			throw new IllegalArgumentException("Contact " + contact.getExternalId() + " has no email address to sign in with");
		}
		if (accounts.existsByContactId(contact.getId())) {
			throw new IllegalStateException("Contact " + contact.getExternalId() + " already has a portal account");
		}
		return accounts.save(new PortalAccount(contact.getId(), contact.getEmail(), passwordEncoder.encode(rawPassword)));
	}

}
