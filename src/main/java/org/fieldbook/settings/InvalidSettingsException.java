package org.fieldbook.settings;

import java.util.List;

/** A change named values that are not acceptable: nothing of it was written. */
public class InvalidSettingsException extends RuntimeException {

	/**
	 * One field and why it is refused.
	 *
	 * @param field      the name of the field as the screen and the API name it
	 * @param messageKey the message key of the explanation, with its {@code arguments}
	 */
	public record FieldProblem(String field, String messageKey, Object... arguments) {

	}

	private final List<FieldProblem> problems;

	public InvalidSettingsException(List<FieldProblem> problems) {
		super("Invalid settings: " + problems.stream().map(FieldProblem::field).toList());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
