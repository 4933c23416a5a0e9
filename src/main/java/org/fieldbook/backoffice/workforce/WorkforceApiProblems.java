package org.fieldbook.backoffice.workforce;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.fieldbook.system.JsonReadProblem;
import org.fieldbook.workforce.ExternalIdTakenException;
import org.fieldbook.workforce.InvalidWorkforceChangeException;
import org.fieldbook.workforce.WorkforceRecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The errors of the workforce API as problem details: 400 naming each refused field ({@code "hours[1].to: The end
 * must be after the start."}, in English), 404 for an unknown id, 409 for an external id that is taken.
 */
@RestControllerAdvice(assignableTypes = { TechnicianApiController.class, TerritoryApiController.class,
		SkillApiController.class })
class WorkforceApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	WorkforceApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidWorkforceChangeException ex) {
		return invalid(ex.problems()
			.stream()
			.map(problem -> problem.field() + ": "
					+ messages.getMessage(problem.messageKey(), problem.arguments(), Locale.ENGLISH))
			.toList());
	}

	@ExceptionHandler
	ProblemDetail notFound(WorkforceRecordNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail taken(ExternalIdTakenException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String error = "body: is missing or is not JSON";
		if (ex.getCause() instanceof JsonProcessingException unreadable) {
			JsonReadProblem problem = JsonReadProblem.of(unreadable);
			error = (problem.path().isEmpty() ? "body" : problem.path()) + ": " + problem.message();
		}
		return handleExceptionInternal(ex, invalid(List.of(error)), headers, status, request);
	}

	private static ProblemDetail invalid(List<String> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("; ", errors));
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

}
