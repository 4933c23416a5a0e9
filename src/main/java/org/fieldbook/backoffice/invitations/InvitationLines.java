package org.fieldbook.backoffice.invitations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fieldbook.customer.AccountSummary;
import org.fieldbook.customer.Contacts;
import org.fieldbook.customer.CustomerContact;
import org.fieldbook.invitation.InvitationLog;
import org.fieldbook.invitation.InvitationLog.Entry;
import org.fieldbook.invitation.InvitationStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitation list with the contacts it names: one query for the page, one for its contacts and one for their
 * accounts, however long the page.
 */
@Component
class InvitationLines {

	/** One invitation as the list shows it; the contact's fields are null once the contact was deleted. */
	record Line(long id, String contact, String contactName, String email, List<String> accounts, InvitationStatus status,
			boolean reissue, boolean sent, Instant sentAt, Instant expiresAt, Instant redeemedAt, boolean reissuable,
			boolean revocable) {
	}

	/** One page of lines; {@code page} counts from 1. */
	record Page(List<Line> items, int page, int pages, long total) {
	}

	private final InvitationLog log;

	private final Contacts contacts;

	private final Clock clock;

	InvitationLines(InvitationLog log, Contacts contacts, Clock clock) {
		this.log = log;
		this.contacts = contacts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page find(InvitationFilter filter, int page) {
		List<Long> matching = filter.text() == null ? List.of() : contacts.idsMatchingNameOrAccount(filter.text());
		InvitationLog.Page found = log.find(new InvitationLog.Query(filter.status(), filter.text(), matching,
				filter.since(clock.getZone()), filter.before(clock.getZone()), filter.sort(), filter.ascending()), page);
		List<Long> contactIds = found.items().stream().map(Entry::contactId).filter(Objects::nonNull).distinct().toList();
		Map<Long, CustomerContact> named = contacts.contacts(contactIds);
		Map<Long, List<AccountSummary>> accounts = contacts.accountsOfContacts(contactIds);
		return new Page(found.items().stream().map(entry -> line(entry, named, accounts)).toList(), found.page(),
				found.pages(), found.total());
	}

	private static Line line(Entry entry, Map<Long, CustomerContact> named, Map<Long, List<AccountSummary>> accounts) {
		CustomerContact contact = entry.contactId() == null ? null : named.get(entry.contactId());
		List<String> accountNames = contact == null ? List.of()
				: accounts.getOrDefault(contact.id(), List.of()).stream().map(AccountSummary::name).toList();
		return new Line(entry.id(), contact == null ? null : contact.externalId(), contact == null ? null : contact.name(),
				entry.email(), accountNames, entry.status(), entry.reissue(), entry.sent(), entry.sentAt(), entry.expiresAt(),
				entry.redeemedAt(), entry.reissuable() && contact != null, entry.revocable());
	}

}
