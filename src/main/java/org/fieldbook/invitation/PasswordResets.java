package org.fieldbook.invitation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

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

	private final PasswordResetEmail email;

	private final PasswordEncoder passwordEncoder;

	private final String baseUrl;

	private final Clock clock;

	PasswordResets(JdbcTemplate jdbc, PasswordResetEmail email, PasswordEncoder passwordEncoder,
			@Value("${fieldbook.portal.base-url}") String baseUrl, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.email = email;
		this.passwordEncoder = passwordEncoder;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	private record Account(long id, long contactId, String email, String firstName, String language) {
	}

	/**
	 * Emails a reset link when the address has an enabled portal account; says nothing either way. Not one
	 * transaction: the token and the message are committed before the email goes out, whose outcome is then
	 * written in a transaction of its own.
	 */
	public void request(String address) {
		List<Account> accounts = jdbc.query("""
				SELECT p.id, c.id, p.username, c.first_name, c.language FROM portal_account p JOIN contact c ON c.id = p.contact_id
				 WHERE lower(p.username) = lower(?) AND p.enabled""",
				(rs, n) -> new Account(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)),
				address.strip());
		for (Account account : accounts) {
			String token = SecretCodes.newCode();
			long resetId = jdbc.queryForObject("""
					INSERT INTO password_reset (portal_account_id, token_hash, expires_at) VALUES (?, ?, ?) RETURNING id""",
					Long.class, account.id(), SecretCodes.hash(token), Timestamp.from(clock.instant().plus(VALIDITY)));
			email.send(resetId, account.contactId(), account.email(), account.firstName(), baseUrl + "/password-reset/" + token,
					Locale.forLanguageTag(account.language()));
		}
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
		List<Long> accounts = jdbc.queryForList("""
				UPDATE password_reset SET used_at = ?
				 WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING portal_account_id""", Long.class,
				now, SecretCodes.hash(token), now);
		accounts.forEach(account -> jdbc.update("UPDATE portal_account SET password_hash = ? WHERE id = ?",
				passwordEncoder.encode(newPassword), account));
		return !accounts.isEmpty();
	}

}
