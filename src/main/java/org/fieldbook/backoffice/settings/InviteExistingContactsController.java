package org.fieldbook.backoffice.settings;

import java.security.Principal;

import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.invitation.InvitationProcess;
import org.fieldbook.web.Redirects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "New contacts and, once, all existing ones": first how many contacts would be invited, then, confirmed, one
 * invitation per email address that has none yet. Doing it again invites only those added since.
 */
@Controller
class InviteExistingContactsController {

	static final String PATH = GeneralSettingsController.PATH + "/invite-existing";

	private final InvitationProcess invitations;

	private final AuditTrail audit;

	InviteExistingContactsController(InvitationProcess invitations, AuditTrail audit) {
		this.invitations = invitations;
		this.audit = audit;
	}

	@GetMapping(PATH)
	String confirm(Model model) {
		model.addAttribute("uninvited", invitations.countUninvitedContacts());
		return "backoffice/settings/invite-existing";
	}

	@PostMapping(PATH)
	String invite(Principal staff, RedirectAttributes flash) {
		int started = invitations.inviteAllExistingContacts();
		audit.record(staff.getName(), "invitation.all-existing-started", "invitations", started + " invitations started");
		flash.addFlashAttribute("invited", started);
		return Redirects.to(GeneralSettingsController.PATH, "invited");
	}

}
