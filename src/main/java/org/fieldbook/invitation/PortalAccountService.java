package org.fieldbook.invitation;

import org.fieldbook.customer.Contact;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates the portal sign-ins of contacts; the username is the contact's email address. */
@Service
public class PortalAccountService {

	private final PortalAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	PortalAccountService(PortalAccountRepository accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
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
