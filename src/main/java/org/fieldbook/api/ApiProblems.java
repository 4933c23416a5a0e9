package org.fieldbook.api;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.fieldbook.booking.BookingNotFoundException;
import org.fieldbook.booking.BookingStateException;
import org.fieldbook.booking.SlotSearchReferenceNotFoundException;
import org.fieldbook.masterdata.ImportProblem;
import org.fieldbook.masterdata.MasterDataRejectedException;
import org.fieldbook.system.JsonReadProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The typed errors of the staff REST API (this package only), each mapped once to a problem-details body; so are
 * Spring MVC's own, a body that cannot be read or a field that is not valid naming the field.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ProblemDetail importRejected(MasterDataRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				"The import file was rejected whole; nothing was imported.");
		problem.setTitle("Import rejected");
		problem.setProperty("errors", ex.problems().stream().map(ImportProblem::toString).toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail bookingNotFound(BookingNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail bookingState(BookingStateException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notFound(SlotSearchReferenceNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
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

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<String> errors = ex.getFieldErrors()
			.stream()
			.map(error -> error.getField() + ": " + error.getDefaultMessage())
			.sorted()
			.toList();
		return handleExceptionInternal(ex, invalid(errors), headers, status, request);
	}

	/** 400, with every field that is not as it should be; the detail reads them out. */
	private static ProblemDetail invalid(List<String> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("; ", errors));
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

}
