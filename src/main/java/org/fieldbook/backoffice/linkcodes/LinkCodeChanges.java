package org.fieldbook.backoffice.linkcodes;

import java.util.Optional;
import java.util.function.LongPredicate;

import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.notification.LinkCodeAdministration;
import org.fieldbook.notification.LinkCodeAdministration.LinkCode;
import org.springframework.stereotype.Component;

/** The staff's changes of a portal link, from the screen and the API alike, each written to the audit log. */
@Component
class LinkCodeChanges {

	private final LinkCodeAdministration links;

	private final AuditTrail audit;

	LinkCodeChanges(LinkCodeAdministration links, AuditTrail audit) {
		this.links = links;
		this.audit = audit;
	}

	static boolean validDays(int days) {
		return days >= 1 && days <= LinkCodeAdministration.MAX_EXTENSION_DAYS;
	}

	/** The link as extended, or empty when there is no such link. */
	Optional<LinkCode> extend(String staff, long id, int days) {
		return audited(staff, "link-code.extended", id, link -> links.extend(link, days));
	}

	Optional<LinkCode> expire(String staff, long id) {
		return audited(staff, "link-code.expired", id, links::expire);
	}

	Optional<LinkCode> block(String staff, long id) {
		return audited(staff, "link-code.blocked", id, links::block);
	}

	private Optional<LinkCode> audited(String staff, String action, long id, LongPredicate change) {
		Optional<LinkCode> before = links.link(id);
		if (before.isEmpty() || !change.test(id)) {
			return Optional.empty();
		}
		LinkCode after = links.link(id).orElseThrow();
		audit.record(staff, action, subject(after), change(before.get(), after));
		return Optional.of(after);
	}

	/** The booking's reference, which staff search the audit log by; an imported booking has none. */
	private static String subject(LinkCode link) {
		return link.bookingReference() != null ? link.bookingReference() : "link " + link.id();
	}

	/** For the audit log: "link 7 (sam@example.com): ACTIVE until 2026-12-01T10:00:00Z → EXPIRED until 2026-11-24T09:00:00Z". */
	private static String change(LinkCode old, LinkCode now) {
		return "link " + old.id() + " (" + old.recipient() + "): " + old.state() + " until " + old.expiresAt() + " → "
				+ now.state() + " until " + now.expiresAt();
	}

}
