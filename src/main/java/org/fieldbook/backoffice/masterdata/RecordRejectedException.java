package org.fieldbook.backoffice.masterdata;

import java.util.List;

import org.fieldbook.masterdata.ImportProblem;

/** An account, contact or asset as staff entered it breaks a rule of the import; nothing was written. */
class RecordRejectedException extends RuntimeException {

	static final String TAKEN = "is taken: another record of this kind has it";

	private final List<ImportProblem> problems;

	RecordRejectedException(List<ImportProblem> problems) {
		super(problems.size() + " problem(s)");
		this.problems = List.copyOf(problems);
	}

	List<ImportProblem> problems() {
		return problems;
	}

}
