package org.fieldbook.invitation;

import java.util.Optional;

import org.fieldbook.customer.Contacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accepting an invitation: the code is used up and the contact's portal account opened, in one transaction. */
@Service
public class SignUp {

	private final Invitations invitations;

	private final PortalAccountService accounts;

	private final Contacts contacts;

	SignUp(Invitations invitations, PortalAccountService accounts, Contacts contacts) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.contacts = contacts;
	}

	/** @return the new account's credentials, or empty when the code is unknown, used, revoked or expired */
	@Transactional
	public Optional<CustomerCredentials> accept(String code, String password) {
		return invitations.redeem(code)
			.flatMap(redeemed -> Optional.ofNullable(redeemed.contactId()))
			.flatMap(contacts::contact)
			.map(contact -> accounts.open(contact, password).credentials());
	}

}
