package org.fieldbook.notification;

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
 * The back office's hold on the portal link codes of a booking (see LinkCodes): extend one, let it expire now,
 * or block it. Codes are kept only as hashes, so staff see them by booking and recipient, never by value.
 */
@Service
public class LinkCodeAdministration {

	public static final int MAX_EXTENSION_DAYS = 90;

	/** One link code of a booking as staff see it, at {@code asOf}. */
	public record LinkCode(long id, String recipient, Instant createdAt, Instant expiresAt, boolean blocked, Instant lastUsedAt,
			Instant asOf) {

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

	@Transactional(readOnly = true)
	public List<LinkCode> ofBooking(String reference) {
		Instant now = clock.instant();
		List<LinkCodes.Stored> stored = visits.idOf(reference).map(codes::ofBooking).orElse(List.of());
		Map<Long, CustomerContact> recipients = contacts
			.contacts(stored.stream().map(LinkCodes.Stored::contactId).filter(Objects::nonNull).distinct().toList());
		return stored.stream()
			.map(code -> new LinkCode(code.id(),
					Optional.ofNullable(recipients.get(code.contactId())).map(CustomerContact::email).orElse(null),
					code.createdAt(), code.expiresAt(), code.blocked(), code.lastUsedAt(), now))
			.toList();
	}

	/** Valid for this many more days from now, or from its current end if that is later. */
	@Transactional
	public boolean extend(String reference, long id, int days) {
		if (days < 1 || days > MAX_EXTENSION_DAYS) {
			throw new IllegalArgumentException("Extend by 1 to " + MAX_EXTENSION_DAYS + " days, not " + days);
		}
		return visits.idOf(reference).map(booking -> codes.extend(booking, id, clock.instant(), days)).orElse(false);
	}

	/** A link is changed only through the booking it belongs to. */
	@Transactional
	public boolean expire(String reference, long id) {
		return visits.idOf(reference).map(booking -> codes.expire(booking, id, clock.instant())).orElse(false);
	}

	@Transactional
	public boolean block(String reference, long id) {
		return visits.idOf(reference).map(booking -> codes.block(booking, id)).orElse(false);
	}

}
