package org.fieldbook.api;

import java.util.Map;

import org.fieldbook.invitation.InvitationProcess;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin actions on invitations: invite all existing contacts, or re-issue one contact's invitation. */
@RestController
class InvitationApiController {

	private final InvitationProcess invitations;

	InvitationApiController(InvitationProcess invitations) {
		this.invitations = invitations;
	}

	@PostMapping("/api/v1/invitations/all-existing-contacts")
	ResponseEntity<Map<String, Integer>> inviteAllExistingContacts() {
		return ResponseEntity.accepted().body(Map.of("started", invitations.inviteAllExistingContacts()));
	}

	@PostMapping("/api/v1/contacts/{externalId}/invitation")
	ResponseEntity<?> reissue(@PathVariable String externalId) {
		if (!invitations.reissue(externalId)) {
			return ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No contact " + externalId)).build();
		}
		return ResponseEntity.accepted().build();
	}

}
