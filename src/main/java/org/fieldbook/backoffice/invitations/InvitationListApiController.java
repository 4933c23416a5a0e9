package org.fieldbook.backoffice.invitations;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The invitation list for admins' and dispatchers' scripts: the filters of the screen, one page of 50 as JSON. */
@RestController
class InvitationListApiController {

	private final InvitationLines lines;

	InvitationListApiController(InvitationLines lines) {
		this.lines = lines;
	}

	@GetMapping("/api/v1/invitations")
	InvitationLines.Page list(@ModelAttribute("filter") InvitationFilter filter, @RequestParam(defaultValue = "1") int page) {
		return lines.find(filter, page);
	}

}
