package org.fieldbook.backoffice.invitations;

import java.security.Principal;

import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.invitation.InvitationLog;
import org.fieldbook.invitation.InvitationLog.Entry;
import org.fieldbook.invitation.InvitationProcess;
import org.fieldbook.invitation.InvitationStatus;
import org.fieldbook.invitation.Invitations;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Admins and dispatchers see each contact's invitation, re-issue it in one click (the invitation process revokes the
 * old code and emails a new one) or revoke a pending one; each action audited.
 */
@Controller("adminInvitationController")
class InvitationController {

	private final InvitationLines lines;

	private final InvitationLog log;

	private final InvitationProcess process;

	private final Invitations invitations;

	private final AuditTrail audit;

	InvitationController(InvitationLines lines, InvitationLog log, InvitationProcess process, Invitations invitations,
			AuditTrail audit) {
		this.lines = lines;
		this.log = log;
		this.process = process;
		this.invitations = invitations;
		this.audit = audit;
	}

	@GetMapping("/admin/invitations")
	String list(@ModelAttribute("filter") InvitationFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("invitations", lines.find(filter, page));
		return "backoffice/invitations";
	}

	@PostMapping("/admin/invitations/{id}/reissue")
	String reissue(@PathVariable long id, @ModelAttribute InvitationFilter filter,
			@RequestParam(defaultValue = "1") int page, Principal staff) {
		Entry before = existing(id);
		if (process.reissue(id).isEmpty()) {
			return back(filter, page, "notReissuable");
		}
		audit.record(staff.getName(), "invitation.reissued", before.email(),
				"invitation " + id + ": " + before.status() + " → re-issued (a new code is emailed, the old one no longer works)");
		return back(filter, page, "reissued");
	}

	@PostMapping("/admin/invitations/{id}/revoke")
	String revoke(@PathVariable long id, @ModelAttribute InvitationFilter filter,
			@RequestParam(defaultValue = "1") int page, Principal staff) {
		Entry before = existing(id);
		if (!invitations.revoke(id)) {
			return back(filter, page, "notRevocable");
		}
		audit.record(staff.getName(), "invitation.revoked", before.email(),
				"invitation " + id + ": " + before.status() + " → " + InvitationStatus.REVOKED);
		return back(filter, page, "revoked");
	}

	private Entry existing(long id) {
		return log.entry(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No invitation " + id));
	}

	/** Back to the list as it was shown (its filter and page come with the form) with the outcome to show. */
	private static String back(InvitationFilter filter, int page, String outcome) {
		return Redirects.to(filter.into(UriComponentsBuilder.fromPath("/admin/invitations"), page).queryParam(outcome));
	}

}
