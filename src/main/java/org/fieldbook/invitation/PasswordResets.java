package org.fieldbook.invitation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fieldbook.customer.Contacts;
import org.fieldbook.customer.CustomerContact;
import org.fieldbook.notification.PasswordResetEmail;
import org.fieldbook.system.SecretCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password reset by email: a single-use token valid for one hour, stored as its SHA-256 only. */
@Service
public class PasswordResets {

	static final Duration VALIDITY = Duration.ofHours(1);

	private final JdbcTemplate jdbc;

	private final PortalAccountRepository accounts;

	private final Contacts contacts;

	private final PasswordResetEmail email;

	private final PasswordEncoder passwordEncoder;

	private final String baseUrl;

	private final Clock clock;

	PasswordResets(JdbcTemplate jdbc, PortalAccountRepository accounts, Contacts contacts, PasswordResetEmail email,
			PasswordEncoder passwordEncoder, @Value("${fieldbook.portal.base-url}") String baseUrl, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.contacts = contacts;
		this.clock = clock;
		this.email = email;
		this.passwordEncoder = passwordEncoder;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Emails a reset link when the address has an enabled portal account; says nothing either way. Not one
	 * transaction: the token and the message are committed before the email goes out, whose outcome is then
	 * written in a transaction of its own.
	 */
	public void request(String address) {
		Optional<PortalAccount> account = accounts.findByUsernameIgnoreCase(address.strip()).filter(PortalAccount::isEnabled);
		Optional<CustomerContact> contact = account.flatMap(found -> contacts.contact(found.getContactId()));
		if (contact.isEmpty()) {
			return;
		}
		String token = SecretCodes.newCode();
		long resetId = jdbc.queryForObject("""
				INSERT INTO password_reset (portal_account_id, token_hash, expires_at) VALUES (?, ?, ?) RETURNING id""",
				Long.class, account.get().getId(), SecretCodes.hash(token), Timestamp.from(clock.instant().plus(VALIDITY)));
		email.send(resetId, contact.get().id(), account.get().getUsername(), contact.get().firstName(),
				baseUrl + "/password-reset/" + token, Locale.forLanguageTag(contact.get().language()));
	}

	@Transactional(readOnly = true)
	public boolean usable(String token) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM password_reset WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?)""",
				Boolean.class, SecretCodes.hash(token), Timestamp.from(clock.instant())));
	}

	/** Sets the new password and uses the token up; false when the token is unknown, used or expired. */
	@Transactional
	public boolean reset(String token, String newPassword) {
		Timestamp now = Timestamp.from(clock.instant());
		List<Long> used = jdbc.queryForList("""
				UPDATE password_reset SET used_at = ?
				 WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING portal_account_id""", Long.class,
				now, SecretCodes.hash(token), now);
		accounts.findAllById(used).forEach(account -> account.changePassword(passwordEncoder.encode(newPassword)));
		return !used.isEmpty();
	}

}
