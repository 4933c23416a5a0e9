package org.fieldbook.api;

import org.fieldbook.booking.BookingNotFoundException;
import org.fieldbook.booking.BookingStateException;
import org.fieldbook.booking.SlotSearchReferenceNotFoundException;
import org.fieldbook.masterdata.ImportProblem;
import org.fieldbook.masterdata.MasterDataRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The typed errors of the staff REST API (this package only), each mapped once to a problem-details body. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

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

}
