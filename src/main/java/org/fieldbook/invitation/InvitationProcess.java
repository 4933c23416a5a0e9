package org.fieldbook.invitation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.fieldbook.customer.ContactJoinedAccount;
import org.fieldbook.customer.Contacts;
import org.fieldbook.customer.CustomerContact;
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

	private final RuntimeService runtime;

	private final JdbcTemplate jdbc;

	private final Contacts contacts;

	private final InvitationLog log;

	InvitationProcess(RuntimeService runtime, JdbcTemplate jdbc, Contacts contacts, InvitationLog log) {
		this.runtime = runtime;
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.log = log;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void contactJoined(ContactJoinedAccount joined) {
		start(joined.contactId(), InvitationTrigger.CONTACT_JOINED);
	}

	public void start(long contactId, InvitationTrigger trigger) {
		runtime.startProcessInstanceByKey(InvitationVariables.PROCESS_KEY,
				Map.of(InvitationVariables.CONTACT_ID, contactId, InvitationVariables.TRIGGER, trigger.name()));
	}

	/** One invitation process per contact of an active account that has an email and was never invited; how many started. */
	@Transactional
	public int inviteAllExistingContacts() {
		List<CustomerContact> reachable = contacts.reachableContactsOfActiveAccounts();
		Set<String> invited = Set.copyOf(jdbc.queryForList("""
				SELECT e FROM unnest(?::varchar[]) e WHERE EXISTS (SELECT 1 FROM invitation i WHERE lower(i.email) = lower(e))""",
				String.class, (Object) reachable.stream().map(CustomerContact::email).toArray(String[]::new)));
		Set<Long> signedUp = Set.copyOf(jdbc.queryForList("SELECT contact_id FROM portal_account WHERE contact_id = ANY(?)",
				Long.class, (Object) reachable.stream().map(CustomerContact::id).toArray(Long[]::new)));
		List<Long> uninvited = reachable.stream()
			.filter(contact -> !invited.contains(contact.email()) && !signedUp.contains(contact.id()))
			.map(CustomerContact::id)
			.toList();
		uninvited.forEach(contact -> start(contact, InvitationTrigger.ALL_EXISTING_CONTACTS));
		return uninvited.size();
	}

	/** An admin's re-issue for one contact (by external id). */
	@Transactional
	public boolean reissue(String contactExternalId) {
		Optional<CustomerContact> contact = contacts.contactByExternalId(contactExternalId);
		contact.ifPresent(found -> start(found.id(), InvitationTrigger.REISSUE));
		return contact.isPresent();
	}

	/**
	 * Staff re-issue one invitation from the list, for its contact: the process revokes it if it is still pending and
	 * emails a new code.
	 *
	 * @return the invitation as it was, empty when there is none or it may not be re-issued (redeemed, contact gone)
	 */
	@Transactional
	public Optional<InvitationLog.Entry> reissue(long invitationId) {
		Optional<InvitationLog.Entry> reissuable = log.entry(invitationId).filter(InvitationLog.Entry::reissuable);
		reissuable.ifPresent(invitation -> start(invitation.contactId(), InvitationTrigger.REISSUE));
		return reissuable;
	}

}
