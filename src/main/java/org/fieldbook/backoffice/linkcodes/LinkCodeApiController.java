package org.fieldbook.backoffice.linkcodes;

import java.security.Principal;
import java.time.Instant;
import java.util.Optional;

import org.fieldbook.backoffice.ApiInputProblem;
import org.fieldbook.notification.LinkCodeAdministration;
import org.fieldbook.notification.LinkCodeAdministration.LinkCode;
import org.fieldbook.notification.LinkCodeFilter;
import org.fieldbook.notification.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The portal links for staff's scripts: the filters of the screen, one page of 50 links, one link, and its changes
 * (audited as on the screen). Answers problem details: 404 for no such link, 400 for a value that is not one.
 */
@RestController
class LinkCodeApiController {

	/** A link as the API shows it: its state as of the answer, never its code (only the code's hash is stored). */
	record LinkCodeJson(long id, String bookingReference, String recipient, Instant createdAt, Instant expiresAt,
			LinkCode.State state, Instant lastUsedAt) {

		static LinkCodeJson of(LinkCode link) {
			return new LinkCodeJson(link.id(), link.bookingReference(), link.recipient(), link.createdAt(), link.expiresAt(),
					link.state(), link.lastUsedAt());
		}

	}

	private final LinkCodeAdministration links;

	private final LinkCodeChanges changes;

	LinkCodeApiController(LinkCodeAdministration links, LinkCodeChanges changes) {
		this.links = links;
		this.changes = changes;
	}

	@GetMapping("/api/v1/link-codes")
	ListPage<LinkCodeJson> list(@ModelAttribute("filter") LinkCodeFilter filter, @RequestParam(defaultValue = "1") int page) {
		return links.find(filter, page).map(LinkCodeJson::of);
	}

	@GetMapping("/api/v1/link-codes/{id}")
	ResponseEntity<?> show(@PathVariable long id) {
		return answer(id, links.link(id));
	}

	@PostMapping("/api/v1/link-codes/{id}/extend")
	ResponseEntity<?> extend(@PathVariable long id, @RequestParam(defaultValue = "7") int days, Principal staff) {
		if (!LinkCodeChanges.validDays(days)) {
			return ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"days: extend by 1 to " + LinkCodeAdministration.MAX_EXTENSION_DAYS + " days")).build();
		}
		return answer(id, changes.extend(staff.getName(), id, days));
	}

	@PostMapping("/api/v1/link-codes/{id}/expire")
	ResponseEntity<?> expire(@PathVariable long id, Principal staff) {
		return answer(id, changes.expire(staff.getName(), id));
	}

	@PostMapping("/api/v1/link-codes/{id}/block")
	ResponseEntity<?> block(@PathVariable long id, Principal staff) {
		return answer(id, changes.block(staff.getName(), id));
	}

	@ExceptionHandler({ BindException.class, MethodArgumentTypeMismatchException.class })
	ProblemDetail notAValue(Exception ex) {
		return ApiInputProblem.of(ex);
	}

	private static ResponseEntity<?> answer(long id, Optional<LinkCode> link) {
		return link.map(LinkCodeJson::of)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No link code " + id)).build());
	}

}
