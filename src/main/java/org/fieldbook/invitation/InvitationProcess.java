package org.fieldbook.invitation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
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

	/** The asynchronous start of {@code invitation.bpmn}: its job waits here until the job executor runs it. */
	private static final String START_EVENT = "StartEvent_InvitationRequested";

	private final RuntimeService runtime;

	private final ManagementService management;

	private final JdbcTemplate jdbc;

	private final Contacts contacts;

	private final InvitationLog log;

	InvitationProcess(RuntimeService runtime, ManagementService management, JdbcTemplate jdbc, Contacts contacts,
			InvitationLog log) {
		this.runtime = runtime;
		this.management = management;
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

	/** How many contacts {@link #inviteAllExistingContacts()} would invite now. */
	@Transactional(readOnly = true)
	public int countUninvitedContacts() {
		return uninvitedContacts().size();
	}

	/** One invitation process per email address of a contact of an active account that was never invited; how many started. */
	@Transactional
	public int inviteAllExistingContacts() {
		List<Long> uninvited = uninvitedContacts();
		uninvited.forEach(contact -> start(contact, InvitationTrigger.ALL_EXISTING_CONTACTS));
		return uninvited.size();
	}

	/**
	 * The contacts with an email at an active account, one per address, leaving out addresses already invited or
	 * about to be (a started process writes its invitation when its first job runs) and contacts that signed up.
	 */
	private List<Long> uninvitedContacts() {
		List<CustomerContact> reachable = contacts.reachableContactsOfActiveAccounts();
		Set<String> taken = new HashSet<>(jdbc.queryForList("""
				SELECT lower(e) FROM unnest(?::varchar[]) e WHERE EXISTS (SELECT 1 FROM invitation i WHERE lower(i.email) = lower(e))""",
				String.class, (Object) reachable.stream().map(CustomerContact::email).toArray(String[]::new)));
		Set<Long> starting = contactsOfStartingInvitations();
		reachable.stream().filter(contact -> starting.contains(contact.id())).forEach(contact -> taken.add(address(contact)));
		Set<Long> signedUp = Set.copyOf(jdbc.queryForList("SELECT contact_id FROM portal_account WHERE contact_id = ANY(?)",
				Long.class, (Object) reachable.stream().map(CustomerContact::id).toArray(Long[]::new)));
		return reachable.stream()
			.filter(contact -> !signedUp.contains(contact.id()) && taken.add(address(contact)))
			.map(CustomerContact::id)
			.toList();
	}

	private Set<Long> contactsOfStartingInvitations() {
		String[] starting = management.createJobQuery()
			.processDefinitionKey(InvitationVariables.PROCESS_KEY)
			.activityId(START_EVENT)
			.list()
			.stream()
			.map(Job::getProcessInstanceId)
			.toArray(String[]::new);
		if (starting.length == 0) {
			return Set.of();
		}
		return runtime.createVariableInstanceQuery()
			.processInstanceIdIn(starting)
			.variableName(InvitationVariables.CONTACT_ID)
			.list()
			.stream()
			.map(variable -> ((Number) variable.getValue()).longValue())
			.collect(Collectors.toSet());
	}

	private static String address(CustomerContact contact) {
		return contact.email().toLowerCase(Locale.ROOT);
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
