package org.fieldbook.backoffice.dispatch;

import java.util.List;

import org.fieldbook.booking.BookingNotFoundException;
import org.fieldbook.booking.BookingStateException;
import org.fieldbook.booking.SlotUnavailableException;
import org.fieldbook.booking.VisitAlreadyBookedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** The booking API's refusals as problem details: 400 for what cannot be read, 404 for no booking, 409 for a refused change. */
@RestControllerAdvice(assignableTypes = BookingApiController.class)
class BookingApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ProblemDetail notFound(BookingNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail unknownFilter(BookingSearch.UnknownFilterException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler({ BookingStateException.class, SlotUnavailableException.class, VisitAlreadyBookedException.class,
			TimeNotOfferedException.class, BookingChangedMeanwhileException.class })
	ProblemDetail refused(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<String> errors = ex.getFieldErrors()
			.stream()
			.map(error -> error.getField() + ": " + error.getDefaultMessage())
			.sorted()
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("; ", errors));
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

}
