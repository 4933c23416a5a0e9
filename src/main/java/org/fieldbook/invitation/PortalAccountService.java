package org.fieldbook.invitation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fieldbook.customer.Contacts;
import org.fieldbook.customer.CustomerContact;
import org.fieldbook.system.SecretCodes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates the portal sign-ins of contacts; the username is the contact's email address. */
@Service
public class PortalAccountService {

	private final PortalAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Contacts contacts;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PortalAccountService(PortalAccountRepository accounts, PasswordEncoder passwordEncoder, Contacts contacts,
			JdbcTemplate jdbc, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.contacts = contacts;
		this.jdbc = jdbc;
	}

	/**
	 * A username as typed, the way the sign-in looks it up: without surrounding spaces, in lower case. Whatever
	 * counts failed sign-ins per account uses this too, so that no spelling of an address counts apart.
	 */
	public static String normalizedUsername(String typed) {
		return typed.strip().toLowerCase(Locale.ROOT);
	}

	/** The credentials of the portal account with this username (the email address, in any case). */
	@Transactional(readOnly = true)
	public Optional<CustomerCredentials> credentials(String username) {
		return accounts.findByUsernameIgnoreCase(normalizedUsername(username)).map(PortalAccount::credentials);
	}

	/**
	 * The enabled portal account with this username (the email address, in any case), or empty when it cannot sign
	 * in: what each request of a signed-in customer compares with the credentials version its session signed in
	 * with, and whose contact it serves. One lookup on the username's index, outside any transaction, so that it
	 * stays cheap.
	 */
	public Optional<SignedInAccount> signedIn(String username) {
		return jdbc.query("SELECT contact_id, credentials_version FROM portal_account WHERE lower(username) = lower(?) AND enabled",
				(row, n) -> new SignedInAccount(row.getLong(1), row.getInt(2)), username).stream().findFirst();
	}

	/**
	 * The portal account an OpenID Connect identity signs in to. An identity seen before signs in to the account it
	 * was linked to (if still enabled). A new identity is linked to a new account, for the one contact with the
	 * (provider-confirmed) email address and no portal account yet; a password account is never taken over by
	 * whoever holds its address at a provider, except where passwords are off ({@code linkExisting}): then the
	 * provider is the only way in, and an enabled account with that username and no identity yet is linked to it.
	 * A new account's password is a random secret nobody knows.
	 */
	@Transactional
	public Optional<CustomerCredentials> forSingleSignOn(String issuer, String subject, String email, boolean linkExisting) {
		return accountForSingleSignOn(issuer, subject, email, linkExisting).map(PortalAccount::credentials);
	}

	private Optional<PortalAccount> accountForSingleSignOn(String issuer, String subject, String email, boolean linkExisting) {
		List<Long> linked = jdbc.queryForList("SELECT portal_account_id FROM portal_account_identity WHERE issuer = ? AND subject = ?",
				Long.class, issuer, subject);
		if (!linked.isEmpty()) {
			return accounts.findById(linked.get(0)).filter(PortalAccount::isEnabled);
		}
		Optional<PortalAccount> existing = accounts.findByUsernameIgnoreCase(email);
		if (existing.isPresent()) {
			return existing.filter(account -> linkExisting && account.isEnabled() && !hasIdentity(account))
				.map(account -> link(account, issuer, subject));
		}
		List<CustomerContact> owners = contacts.withEmail(email);
		if (owners.size() != 1 || accounts.existsByContactId(owners.get(0).id())) {
			return Optional.empty();
		}
		CustomerContact owner = owners.get(0);
		return Optional.of(link(accounts.saveAndFlush(new PortalAccount(owner.id(), owner.email(),
				passwordEncoder.encode(SecretCodes.newCode()), clock.instant())), issuer, subject));
	}

	private boolean hasIdentity(PortalAccount account) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM portal_account_identity WHERE portal_account_id = ?)", Boolean.class, account.getId()));
	}

	private PortalAccount link(PortalAccount account, String issuer, String subject) {
		jdbc.update("INSERT INTO portal_account_identity (portal_account_id, issuer, subject) VALUES (?, ?, ?)", account.getId(),
				issuer, subject);
		return account;
	}

	@Transactional
	public PortalAccount open(CustomerContact contact, String rawPassword) {
		if (contact.email() == null) {
			throw new IllegalArgumentException("Contact " + contact.externalId() + " has no email address to sign in with");
		}
		if (accounts.existsByContactId(contact.id())) {
			throw new IllegalStateException("Contact " + contact.externalId() + " already has a portal account");
		}
		return accounts.save(new PortalAccount(contact.id(), contact.email(), passwordEncoder.encode(rawPassword),
				clock.instant()));
	}

}
