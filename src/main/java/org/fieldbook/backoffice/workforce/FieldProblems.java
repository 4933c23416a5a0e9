package org.fieldbook.backoffice.workforce;

import org.fieldbook.workforce.InvalidWorkforceChangeException;
import org.fieldbook.workforce.InvalidWorkforceChangeException.Problem;
import org.springframework.validation.BindingResult;

/** A refused change on its form: each problem next to its field. */
final class FieldProblems {

	private FieldProblems() {
	}

	static void show(InvalidWorkforceChangeException refused, BindingResult form) {
		for (Problem problem : refused.problems()) {
			form.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), problem.messageKey());
		}
	}

	static void externalIdTaken(BindingResult form) {
		form.rejectValue("externalId", "admin.workforce.invalid.externalIdTaken");
	}

}
