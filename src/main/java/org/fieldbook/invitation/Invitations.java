package org.fieldbook.invitation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.fieldbook.customer.Contacts;
import org.fieldbook.customer.CustomerContact;
import org.fieldbook.settings.MessagingExclusions;
import org.fieldbook.settings.MessagingSettings;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.system.SecretCodes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-scheduling invitations: who gets one (once per email address ever, unless an admin re-issues), their
 * redemption and expiry. The code itself is issued when the invitation email is rendered.
 */
@Service
public class Invitations {

	private final JdbcTemplate jdbc;

	private final PortalSettingsService settings;

	private final RuntimeService runtime;

	private final Contacts contacts;

	private final Clock clock;

	Invitations(JdbcTemplate jdbc, PortalSettingsService settings, RuntimeService runtime, Contacts contacts, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.runtime = runtime;
		this.contacts = contacts;
		this.clock = clock;
	}

	/** An invitation created, or why none was. */
	public record Creation(Long invitationId, Instant expiresAt, String skipReason) {

		static Creation skipped(String reason) {
			return new Creation(null, null, reason);
		}

	}

	/** A redeemed invitation: the contact may now open a portal account. */
	public record Redeemed(long invitationId, Long contactId, String email) {
	}

	@Transactional
	public Creation create(long contactId, InvitationTrigger trigger) {
		MessagingSettings messaging = settings.messaging();
		if (!messaging.invitation()) {
			return Creation.skipped("invitation messages are turned off");
		}
		if (trigger == InvitationTrigger.CONTACT_JOINED && !messaging.inviteAccountContacts()) {
			return Creation.skipped("the setting to invite account contacts is off");
		}
		Optional<CustomerContact> contact = contacts.contact(contactId).filter(CustomerContact::hasEmail);
		if (contact.isEmpty()) {
			return Creation.skipped("the contact has no email address");
		}
		if (trigger != InvitationTrigger.REISSUE && Boolean.TRUE.equals(jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM portal_account WHERE contact_id = ?)", Boolean.class, contactId))) {
			return Creation.skipped("the contact already has a portal account");
		}
		MessagingExclusions exclusions = settings.messagingExclusions();
		if (contacts.activeAccounts(contactId).stream().allMatch(account -> exclusions.excludes(account.id(), null))) {
			return Creation.skipped("the contact has no active account that may receive messages");
		}
		String email = contact.get().email();
		Instant expiresAt = clock.instant().plus(Duration.ofDays(messaging.invitationExpiryDays()));
		boolean reissue = trigger == InvitationTrigger.REISSUE;
		if (reissue) {
			jdbc.update("UPDATE invitation SET status = ? WHERE lower(email) = lower(?) AND status = ?",
					InvitationStatus.REVOKED.name(), email, InvitationStatus.PENDING.name());
		}
		List<Long> created = jdbc.queryForList("""
				INSERT INTO invitation (contact_id, email, reissue, expires_at, created_at) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING RETURNING id""", Long.class, contactId, email, reissue, Timestamp.from(expiresAt),
				Timestamp.from(clock.instant()));
		if (created.isEmpty()) {
			return Creation.skipped("this email address was invited before (one invitation per address)");
		}
		return new Creation(created.get(0), expiresAt, null);
	}

	/**
	 * Redeems a pending, unexpired invitation by its code, once, and tells its process.
	 *
	 * @return empty for an unknown, used, revoked or expired code
	 */
	@Transactional
	public Optional<Redeemed> redeem(String code) {
		return redeem(code, null);
	}

	/** Redeems the code only if its invitation is this contact's (someone else signed in with it changes nothing). */
	@Transactional
	public Optional<Redeemed> redeem(String code, Long forContactId) {
		Timestamp now = Timestamp.from(clock.instant());
		Optional<Redeemed> redeemed = jdbc.query("""
				UPDATE invitation SET status = ?, redeemed_at = ?
				 WHERE code_hash = ? AND status = ? AND expires_at > ?
				   AND (CAST(? AS bigint) IS NULL OR contact_id = ?)
				RETURNING id, contact_id, email""",
				(rs, n) -> new Redeemed(rs.getLong("id"), rs.getObject("contact_id", Long.class), rs.getString("email")),
				InvitationStatus.REDEEMED.name(), now, SecretCodes.hash(code), InvitationStatus.PENDING.name(), now, forContactId,
				forContactId).stream().findFirst();
		redeemed.ifPresent(invitation -> runtime.createMessageCorrelation(InvitationVariables.REDEEMED)
			.processInstanceVariableEquals(InvitationVariables.INVITATION_ID, invitation.invitationId())
			.correlateAllWithResult());
		return redeemed;
	}

	/** Whether the code belongs to a pending, unexpired invitation (nothing is changed). */
	@Transactional(readOnly = true)
	public boolean redeemable(String code) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM invitation WHERE code_hash = ? AND status = ? AND expires_at > ?)""",
				Boolean.class, SecretCodes.hash(code), InvitationStatus.PENDING.name(), Timestamp.from(clock.instant())));
	}

	/**
	 * Revokes a pending, unexpired invitation: its code stops working at once. Its process waits on for the expiry,
	 * which then changes nothing.
	 *
	 * @return false when the invitation is not pending (any more)
	 */
	@Transactional
	public boolean revoke(long invitationId) {
		return jdbc.update("UPDATE invitation SET status = ? WHERE id = ? AND status = ? AND expires_at > ?",
				InvitationStatus.REVOKED.name(), invitationId, InvitationStatus.PENDING.name(),
				Timestamp.from(clock.instant())) == 1;
	}

	@Transactional
	public void expire(long invitationId) {
		jdbc.update("UPDATE invitation SET status = ? WHERE id = ? AND status = ?", InvitationStatus.EXPIRED.name(), invitationId,
				InvitationStatus.PENDING.name());
	}

}
