package org.fieldbook.backoffice.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for admins: read-only, filtered and paged by the URL so that a view can be passed on. */
@Controller
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/admin/audit")
	String list(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("entries", trail.find(filter, page));
		return "backoffice/audit";
	}

}
