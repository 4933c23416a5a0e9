package org.fieldbook.invitation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.fieldbook.customer.AccountSummary;
import org.fieldbook.customer.Contacts;
import org.fieldbook.notification.InvitationCodes;
import org.fieldbook.notification.MessageSubject.Invitation;
import org.fieldbook.settings.MessagingExclusions;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.system.SecretCodes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The invitations as their messages see them; only the code's hash is stored, so the email is its only copy. */
@Component
class InvitationMessages implements InvitationCodes {

	private final JdbcTemplate jdbc;

	private final Contacts contacts;

	private final PortalSettingsService settings;

	InvitationMessages(JdbcTemplate jdbc, Contacts contacts, PortalSettingsService settings) {
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.settings = settings;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Invitation> invitation(long invitationId) {
		return jdbc.query("SELECT id, contact_id, email, expires_at FROM invitation WHERE id = ?", (rs, n) -> {
			Long contactId = rs.getObject("contact_id", Long.class);
			return new Invitation(rs.getLong("id"), contactId, rs.getString("email"), rs.getTimestamp("expires_at").toInstant(),
					contactId == null ? null : accountOf(contactId));
		}, invitationId).stream().findFirst();
	}

	@Override
	@Transactional
	public String issueCode(long invitationId) {
		String code = SecretCodes.newCode();
		int issued = jdbc.update("UPDATE invitation SET code_hash = ? WHERE id = ? AND code_hash IS NULL",
				SecretCodes.hash(code), invitationId);
		if (issued != 1) {
			throw new IllegalStateException("Invitation " + invitationId + " already has its code");
		}
		return code;
	}

	/** The contact's first active account that may receive messages, else its first account. */
	private Long accountOf(long contactId) {
		MessagingExclusions exclusions = settings.messagingExclusions();
		List<Long> all = contacts.accountIds(contactId);
		return contacts.activeAccounts(contactId)
			.stream()
			.map(AccountSummary::id)
			.filter(account -> !exclusions.excludes(account, null))
			.min(Comparator.naturalOrder())
			.orElse(all.isEmpty() ? null : all.get(0));
	}

}
