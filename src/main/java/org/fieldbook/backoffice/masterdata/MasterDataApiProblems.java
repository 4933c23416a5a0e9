package org.fieldbook.backoffice.masterdata;

import java.util.List;

import org.fieldbook.customer.CustomerRecordNotFoundException;
import org.fieldbook.masterdata.ImportProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The errors of the accounts, contacts and assets API as problem details: 404 for an unknown id, 400 naming every
 * field that breaks an import rule, as the import names them ({@code address.city: is missing}); Spring MVC's own
 * (a body that is no JSON, a path id that is no number) as its problem details.
 */
@RestControllerAdvice(assignableTypes = { AccountApiController.class, ContactApiController.class,
		AssetApiController.class })
class MasterDataApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ProblemDetail notFound(CustomerRecordNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail rejected(RecordRejectedException ex) {
		List<String> errors = ex.problems().stream().map(MasterDataApiProblems::error).toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("; ", errors));
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

	private static String error(ImportProblem problem) {
		return (problem.field() == null ? "body" : problem.field()) + ": " + problem.message();
	}

}
