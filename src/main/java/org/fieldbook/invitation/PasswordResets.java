package org.fieldbook.invitation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.fieldbook.customer.Contacts;
import org.fieldbook.customer.CustomerContact;
import org.fieldbook.notification.PasswordResetEmail;
import org.fieldbook.system.SecretCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by email: a single-use token valid for one hour, stored as its SHA-256 only and written nowhere
 * else but in the email to the customer. A request only starts {@code password-reset.bpmn}, whose job looks the
 * address up and sends the link, so that a known and an unknown address cost the request the same.
 */
@Service
public class PasswordResets {

	static final Duration VALIDITY = Duration.ofHours(1);

	private final JdbcTemplate jdbc;

	private final PortalAccountRepository accounts;

	private final Contacts contacts;

	private final PasswordResetEmail email;

	private final PasswordEncoder passwordEncoder;

	private final RuntimeService runtime;

	private final String baseUrl;

	private final Clock clock;

	PasswordResets(JdbcTemplate jdbc, PortalAccountRepository accounts, Contacts contacts, PasswordResetEmail email,
			PasswordEncoder passwordEncoder, RuntimeService runtime, @Value("${fieldbook.portal.base-url}") String baseUrl,
			Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.contacts = contacts;
		this.clock = clock;
		this.email = email;
		this.passwordEncoder = passwordEncoder;
		this.runtime = runtime;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Starts the process that sends the link, whatever the address: one job, nothing looked up, nothing sent yet. */
	public void request(String address) {
		runtime.startProcessInstanceByKey(PasswordResetVariables.PROCESS_KEY,
				Map.of(PasswordResetVariables.ADDRESS, address.strip()));
	}

	/**
	 * "Send reset link": emails a new link when the address has an enabled portal account, else does nothing. The
	 * token is written in the job's transaction, so a try whose email fails leaves no token behind, and the engine's
	 * retry sends a new one; the email is recorded once per request ({@code requestId}).
	 */
	@Transactional
	public void sendLink(String address, String requestId) {
		Optional<PortalAccount> account = accounts.findByUsernameIgnoreCase(address).filter(PortalAccount::isEnabled);
		Optional<CustomerContact> contact = account.flatMap(found -> contacts.contact(found.getContactId()));
		if (contact.isEmpty()) {
			return;
		}
		String token = SecretCodes.newCode();
		jdbc.update("INSERT INTO password_reset (portal_account_id, token_hash, expires_at) VALUES (?, ?, ?)",
				account.get().getId(), SecretCodes.hash(token), Timestamp.from(clock.instant().plus(VALIDITY)));
		email.send(requestId, contact.get().id(), account.get().getUsername(), contact.get().firstName(),
				baseUrl + "/password-reset/" + token, Locale.forLanguageTag(contact.get().language()));
	}

	@Transactional(readOnly = true)
	public boolean usable(String token) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM password_reset
				                WHERE token_hash = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?)""",
				Boolean.class, SecretCodes.hash(token), Timestamp.from(clock.instant())));
	}

	/**
	 * Sets the new password and uses the token up; false when the token is unknown, used, revoked or expired. The
	 * account's other reset links are revoked, and its new credentials version ends every session signed in before.
	 */
	@Transactional
	public boolean reset(String token, String newPassword) {
		Timestamp now = Timestamp.from(clock.instant());
		List<Long> used = jdbc.queryForList("""
				UPDATE password_reset SET used_at = ?
				 WHERE token_hash = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ? RETURNING portal_account_id""",
				Long.class, now, SecretCodes.hash(token), now);
		for (PortalAccount account : accounts.findAllById(used)) {
			account.changePassword(passwordEncoder.encode(newPassword));
			jdbc.update("UPDATE password_reset SET revoked_at = ? WHERE portal_account_id = ? AND used_at IS NULL AND revoked_at IS NULL",
					now, account.getId());
		}
		return !used.isEmpty();
	}

}
