package org.fieldbook.backoffice.linkcodes;

import java.util.Optional;

import org.fieldbook.booking.BookingReferences;
import org.fieldbook.notification.LinkCodeAdministration;
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

/** Staff find a booking's portal links (from its emails and SMS) and extend, expire or block them. */
@Controller("adminLinkCodeController")
class LinkCodeController {

	private final LinkCodeAdministration links;

	LinkCodeController(LinkCodeAdministration links) {
		this.links = links;
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
	String extend(@PathVariable long id, @RequestParam String reference, @RequestParam(defaultValue = "7") int days) {
		wellFormed(reference);
		if (days < 1 || days > LinkCodeAdministration.MAX_EXTENSION_DAYS) {
			return back(reference, "badDays");
		}
		return done(links.extend(reference, id, days), reference);
	}

	@PostMapping("/admin/links/{id}/expire")
	String expire(@PathVariable long id, @RequestParam String reference) {
		wellFormed(reference);
		return done(links.expire(reference, id), reference);
	}

	@PostMapping("/admin/links/{id}/block")
	String block(@PathVariable long id, @RequestParam String reference) {
		wellFormed(reference);
		return done(links.block(reference, id), reference);
	}

	/** A reference comes back from the links page as it was shown there; anything else is no request of that page. */
	private static void wellFormed(String reference) {
		if (!BookingReferences.isWellFormed(reference)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a booking reference");
		}
	}

	private static String done(boolean changed, String reference) {
		if (!changed) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such link for " + reference);
		}
		return back(reference, "changed");
	}

	private static String back(String reference, String flag) {
		return Redirects.to(UriComponentsBuilder.fromPath("/admin/links").queryParam("reference", reference)
			.queryParam(flag));
	}

}
