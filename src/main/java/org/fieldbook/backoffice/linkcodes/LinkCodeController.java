package org.fieldbook.backoffice.linkcodes;

import java.security.Principal;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.booking.BookingReferences;
import org.fieldbook.notification.LinkCodeAdministration;
import org.fieldbook.notification.LinkCodeAdministration.LinkCode;
import org.fieldbook.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** Staff find a booking's portal links (from its emails and SMS) and extend, expire or block them, each change audited. */
@Controller("adminLinkCodeController")
class LinkCodeController {

	private final LinkCodeAdministration links;

	private final AuditTrail audit;

	LinkCodeController(LinkCodeAdministration links, AuditTrail audit) {
		this.links = links;
		this.audit = audit;
	}

	@GetMapping("/admin/links")
	String list(@RequestParam Optional<String> reference, Model model) {
		Optional<String> booking = reference.map(String::strip).map(String::toUpperCase).filter(ref -> !ref.isEmpty());
		model.addAttribute("reference", booking.orElse(""));
		model.addAttribute("maxDays", LinkCodeAdministration.MAX_EXTENSION_DAYS);
		booking.ifPresent(ref -> model.addAttribute("links", links.ofBooking(ref)));
		return "backoffice/links";
	}

	@PostMapping("/admin/links/{id}/extend")
	String extend(@PathVariable long id, @RequestParam String reference, @RequestParam(defaultValue = "7") int days,
			Principal staff) {
		wellFormed(reference);
		if (days < 1 || days > LinkCodeAdministration.MAX_EXTENSION_DAYS) {
			return back(reference, "badDays");
		}
		return audited(staff, "link-code.extended", reference, id, () -> links.extend(reference, id, days));
	}

	@PostMapping("/admin/links/{id}/expire")
	String expire(@PathVariable long id, @RequestParam String reference, Principal staff) {
		wellFormed(reference);
		return audited(staff, "link-code.expired", reference, id, () -> links.expire(reference, id));
	}

	@PostMapping("/admin/links/{id}/block")
	String block(@PathVariable long id, @RequestParam String reference, Principal staff) {
		wellFormed(reference);
		return audited(staff, "link-code.blocked", reference, id, () -> links.block(reference, id));
	}

	/** Changes one link of the booking, 404 when it has no such link, and writes the change to the audit log. */
	private String audited(Principal staff, String action, String reference, long id, BooleanSupplier change) {
		Optional<LinkCode> before = link(reference, id);
		found(change.getAsBoolean(), reference);
		audit.record(staff.getName(), action, reference, change(before, link(reference, id)));
		return back(reference, "changed");
	}

	private Optional<LinkCode> link(String reference, long id) {
		return links.ofBooking(reference).stream().filter(link -> link.id() == id).findFirst();
	}

	/** For the audit log: "link 7 (sam@example.com): ACTIVE until 2026-12-01T10:00:00Z → EXPIRED until 2026-11-24T09:00:00Z". */
	private static String change(Optional<LinkCode> before, Optional<LinkCode> after) {
		LinkCode old = before.orElseThrow();
		LinkCode now = after.orElseThrow();
		return "link " + old.id() + " (" + old.recipient() + "): " + old.state() + " until " + old.expiresAt() + " → "
				+ now.state() + " until " + now.expiresAt();
	}

	/** A reference comes back from the links page as it was shown there; anything else is no request of that page. */
	private static void wellFormed(String reference) {
		if (!BookingReferences.isWellFormed(reference)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a booking reference");
		}
	}

	private static void found(boolean changed, String reference) {
		if (!changed) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such link for " + reference);
		}
	}

	private static String back(String reference, String flag) {
		return Redirects.to(UriComponentsBuilder.fromPath("/admin/links").queryParam("reference", reference)
			.queryParam(flag));
	}

}
