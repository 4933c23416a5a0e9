package org.fieldbook.backoffice.servicetypes;

import java.util.List;
import java.util.Locale;

import org.fieldbook.booking.InvalidServiceTypeException;
import org.fieldbook.booking.ServiceTypeNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The service-type API's errors as problem details: 404 for an unknown id, 400 naming every refused field with
 * the screen's explanation ({@code "durationMinutes: Enter a duration from 5 to 1440 minutes."}); Spring MVC's own
 * (a body that is not JSON, a wrong type) as its problem details.
 */
@RestControllerAdvice(assignableTypes = ServiceTypeApiController.class)
class ServiceTypeApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ServiceTypeApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail notFound(ServiceTypeNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidServiceTypeException ex, Locale locale) {
		List<String> errors = ex.problems()
			.stream()
			.map(problem -> problem.field() + ": " + messages.getMessage(problem.messageKey(), problem.arguments(), locale))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("; ", errors));
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

}
