package org.fieldbook.invitation;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.fieldbook.customer.ContactJoinedAccount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts {@code invitation.bpmn}: for a contact that joined an active account (after the import committed), for
 * all existing contacts at an admin's request, or as an admin's re-issue. The start is asynchronous, so a
 * large import or the bulk action only writes one job per contact.
 */
@Service
public class InvitationProcess {

	public static final String KEY = "invitation";

	static final String CONTACT_ID = "contactId";

	static final String TRIGGER = "invitationTrigger";

	static final String INVITATION_ID = "invitationId";

	static final String EXPIRES_AT = "invitationExpiresAt";

	static final String SKIP_REASON = "invitationSkipReason";

	private final RuntimeService runtime;

	private final JdbcTemplate jdbc;

	InvitationProcess(RuntimeService runtime, JdbcTemplate jdbc) {
		this.runtime = runtime;
		this.jdbc = jdbc;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void contactJoined(ContactJoinedAccount joined) {
		start(joined.contactId(), InvitationTrigger.CONTACT_JOINED);
	}

	public void start(long contactId, InvitationTrigger trigger) {
		runtime.startProcessInstanceByKey(KEY, Map.of(CONTACT_ID, contactId, TRIGGER, trigger.name()));
	}

	/** One invitation process per contact of an active account that has an email and was never invited; how many started. */
	@Transactional
	public int inviteAllExistingContacts() {
		List<Long> contacts = jdbc.queryForList("""
				SELECT DISTINCT c.id FROM contact c
				  JOIN account_contact ac ON ac.contact_id = c.id
				  JOIN account a ON a.id = ac.account_id AND a.active
				 WHERE c.email IS NOT NULL AND c.email <> ''
				   AND NOT EXISTS (SELECT 1 FROM invitation i WHERE lower(i.email) = lower(c.email))
				   AND NOT EXISTS (SELECT 1 FROM portal_account p WHERE p.contact_id = c.id)
				 ORDER BY c.id""", Long.class);
		contacts.forEach(contact -> start(contact, InvitationTrigger.ALL_EXISTING_CONTACTS));
		return contacts.size();
	}

	/** An admin's re-issue for one contact (by external id). */
	@Transactional
	public boolean reissue(String contactExternalId) {
		List<Long> contact = jdbc.queryForList("SELECT id FROM contact WHERE external_id = ?", Long.class, contactExternalId);
		contact.forEach(id -> start(id, InvitationTrigger.REISSUE));
		return !contact.isEmpty();
	}

}
