package org.fieldbook.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.fieldbook.booking.Visits;
import org.fieldbook.customer.Contacts;
import org.fieldbook.customer.CustomerContact;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's hold on the portal link codes (see LinkCodes): find them, extend one, let it expire now, or
 * block it; a change holds at once for the customer's link. Codes are kept only as hashes, so staff see them by
 * booking and recipient, never by value.
 */
@Service
public class LinkCodeAdministration {

	public static final int MAX_EXTENSION_DAYS = 90;

	/** One link code as staff see it, at {@code asOf}; {@code recipient} is null once its contact is deleted. */
	public record LinkCode(long id, String bookingReference, String recipient, Instant createdAt, Instant expiresAt,
			boolean blocked, Instant lastUsedAt, Instant asOf) {

		public State state() {
			return blocked ? State.BLOCKED : expiresAt.isAfter(asOf) ? State.ACTIVE : State.EXPIRED;
		}

		public enum State {
			ACTIVE, EXPIRED, BLOCKED
		}

	}

	private final LinkCodes codes;

	private final Visits visits;

	private final Contacts contacts;

	private final Clock clock;

	LinkCodeAdministration(LinkCodes codes, Visits visits, Contacts contacts, Clock clock) {
		this.codes = codes;
		this.visits = visits;
		this.contacts = contacts;
		this.clock = clock;
	}

	/** A page of the links matching the filter: the same few statements for any number of rows. */
	@Transactional(readOnly = true)
	public ListPage<LinkCode> find(LinkCodeFilter filter, int page) {
		Timestamp now = Timestamp.from(clock.instant());
		Conditions where = new Conditions()
			.and("expires_at >= ?", Conditions.timestamp(filter.expiringSince()))
			.and("expires_at < ?", Conditions.timestamp(filter.expiringBefore()));
		if (filter.reference() != null) {
			where.and("booking_id = ?", visits.idOf(filter.reference()).orElse(-1L));
		}
		if (filter.recipient() != null) {
			where.and("contact_id = ANY(?)",
					(Object) contacts.idsMatching(filter.recipient(), MessageLog.CONTACTS_MATCHED).toArray(Long[]::new));
		}
		if (filter.state() != null) {
			switch (filter.state()) {
				case ACTIVE -> where.and("NOT blocked AND expires_at > ?", now);
				case EXPIRED -> where.and("NOT blocked AND expires_at <= ?", now);
				case BLOCKED -> where.and("blocked");
			}
		}
		long total = codes.count(where);
		int shown = ListPage.shown(page, total);
		return new ListPage<>(shown(codes.find(where, filter.sort().orderBy, shown)), shown, ListPage.pages(total), total);
	}

	@Transactional(readOnly = true)
	public Optional<LinkCode> link(long id) {
		return codes.byId(id).map(stored -> shown(List.of(stored)).get(0));
	}

	/** Valid for this many more days from now, or from its current end if that is later; false for no such link. */
	@Transactional
	public boolean extend(long id, int days) {
		if (days < 1 || days > MAX_EXTENSION_DAYS) {
			throw new IllegalArgumentException("Extend by 1 to " + MAX_EXTENSION_DAYS + " days, not " + days);
		}
		return codes.extend(id, clock.instant(), days);
	}

	@Transactional
	public boolean expire(long id) {
		return codes.expire(id, clock.instant());
	}

	@Transactional
	public boolean block(long id) {
		return codes.block(id);
	}

	private List<LinkCode> shown(List<LinkCodes.Stored> stored) {
		Instant now = clock.instant();
		Map<Long, CustomerContact> recipients = contacts
			.contacts(stored.stream().map(LinkCodes.Stored::contactId).filter(Objects::nonNull).distinct().toList());
		Map<Long, String> references = visits.references(stored.stream().map(LinkCodes.Stored::bookingId).distinct().toList());
		return stored.stream()
			.map(code -> new LinkCode(code.id(), references.get(code.bookingId()),
					Optional.ofNullable(recipients.get(code.contactId())).map(CustomerContact::email).orElse(null),
					code.createdAt(), code.expiresAt(), code.blocked(), code.lastUsedAt(), now))
			.toList();
	}

}
