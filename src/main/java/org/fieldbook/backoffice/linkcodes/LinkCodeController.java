package org.fieldbook.backoffice.linkcodes;

import java.security.Principal;
import java.util.Optional;

import org.fieldbook.notification.LinkCodeAdministration;
import org.fieldbook.notification.LinkCodeAdministration.LinkCode;
import org.fieldbook.notification.LinkCodeFilter;
import org.fieldbook.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff find the portal links of the emails and SMS, filtered and paged by the URL, and extend, expire or block one
 * on its page; each change is audited and holds at once for the customer's link.
 */
@Controller("adminLinkCodeController")
class LinkCodeController {

	private final LinkCodeAdministration links;

	private final LinkCodeChanges changes;

	LinkCodeController(LinkCodeAdministration links, LinkCodeChanges changes) {
		this.links = links;
		this.changes = changes;
	}

	@GetMapping("/admin/links")
	String list(@ModelAttribute("filter") LinkCodeFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("links", links.find(filter, page));
		model.addAttribute("states", LinkCode.State.values());
		model.addAttribute("sorts", LinkCodeFilter.Sort.values());
		return "backoffice/links";
	}

	@GetMapping("/admin/links/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("link", found(links.link(id)));
		model.addAttribute("maxDays", LinkCodeAdministration.MAX_EXTENSION_DAYS);
		return "backoffice/link";
	}

	@PostMapping("/admin/links/{id}/extend")
	String extend(@PathVariable long id, @RequestParam(defaultValue = "7") int days, Principal staff) {
		if (!LinkCodeChanges.validDays(days)) {
			found(links.link(id));
			return Redirects.to("/admin/links/" + id, "badDays");
		}
		return changed(changes.extend(staff.getName(), id, days));
	}

	@PostMapping("/admin/links/{id}/expire")
	String expire(@PathVariable long id, Principal staff) {
		return changed(changes.expire(staff.getName(), id));
	}

	@PostMapping("/admin/links/{id}/block")
	String block(@PathVariable long id, Principal staff) {
		return changed(changes.block(staff.getName(), id));
	}

	private static String changed(Optional<LinkCode> link) {
		return Redirects.to("/admin/links/" + found(link).id(), "changed");
	}

	private static LinkCode found(Optional<LinkCode> link) {
		return link.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such link"));
	}

}
