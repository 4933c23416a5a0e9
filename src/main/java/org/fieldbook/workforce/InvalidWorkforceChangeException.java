package org.fieldbook.workforce;

import java.util.List;

/** A change of a technician, territory or skill named values that are not acceptable: nothing of it was written. */
public class InvalidWorkforceChangeException extends RuntimeException {

	/**
	 * One field and why it is refused.
	 *
	 * @param field      the field as the screen and the API name it, e.g. {@code hours[2].to}
	 * @param messageKey the message key of the explanation, with its {@code arguments}
	 */
	public record Problem(String field, String messageKey, Object... arguments) {

	}

	private final List<Problem> problems;

	public InvalidWorkforceChangeException(List<Problem> problems) {
		super("Invalid change: " + problems.stream().map(Problem::field).toList());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

}
