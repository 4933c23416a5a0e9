package org.fieldbook.backoffice.messages;

import org.fieldbook.backoffice.ApiInputProblem;
import org.fieldbook.notification.ListPage;
import org.fieldbook.notification.MessageFilter;
import org.fieldbook.notification.MessageLog;
import org.fieldbook.notification.MessageSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The notification log for staff's scripts: the filters of the screen, one page of 50 messages, and one message. */
@RestController
class NotificationApiController {

	private final MessageLog messages;

	NotificationApiController(MessageLog messages) {
		this.messages = messages;
	}

	@GetMapping("/api/v1/notifications")
	ListPage<MessageSummary> list(@ModelAttribute("filter") MessageFilter filter, @RequestParam(defaultValue = "1") int page) {
		return messages.find(filter, page);
	}

	@GetMapping("/api/v1/notifications/{id}")
	ResponseEntity<?> show(@PathVariable long id) {
		return messages.message(id)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No message " + id)).build());
	}

	@ExceptionHandler({ BindException.class, MethodArgumentTypeMismatchException.class })
	ProblemDetail notAValue(Exception ex) {
		return ApiInputProblem.of(ex);
	}

}
