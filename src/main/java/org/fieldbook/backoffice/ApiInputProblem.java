package org.fieldbook.backoffice;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A filter or parameter of a back-office API that is no value of its kind (a state, a date, a number): 400, naming it. */
public final class ApiInputProblem {

	private ApiInputProblem() {
	}

	public static ProblemDetail of(Exception ex) {
		String name = ex instanceof BindException bind && bind.getFieldError() != null ? bind.getFieldError().getField()
				: ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : "request";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, name + ": not a valid value");
		problem.setTitle("Invalid request");
		return problem;
	}

}
