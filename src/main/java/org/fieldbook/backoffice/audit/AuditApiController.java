package org.fieldbook.backoffice.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for admins' scripts: the filters of the screen, one page of 50 entries as JSON. */
@RestController
class AuditApiController {

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/v1/audit")
	AuditTrail.Page list(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "1") int page) {
		return trail.find(filter, page);
	}

}
