package org.fieldbook.booking;

import java.util.List;

/** A change to a service type named values that are not acceptable: nothing of it was written. */
public class InvalidServiceTypeException extends RuntimeException {

	/**
	 * One field and why it is refused.
	 *
	 * @param field      the field as the screen and the API name it, such as {@code durationMinutes} or {@code skills[gas]}
	 * @param messageKey the message key of the explanation, with its {@code arguments}
	 */
	public record FieldProblem(String field, String messageKey, Object... arguments) {

	}

	private final List<FieldProblem> problems;

	InvalidServiceTypeException(List<FieldProblem> problems) {
		super("Invalid service type: " + problems.stream().map(FieldProblem::field).toList());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
