package org.fieldbook.masterdata;

import java.util.List;
import java.util.stream.Collectors;

/** An import file was rejected whole: nothing of it was written. */
public class MasterDataRejectedException extends RuntimeException {

	private final List<ImportProblem> problems;

	public MasterDataRejectedException(List<ImportProblem> problems) {
		super("Import rejected, nothing was imported: " + problems.size() + " problem(s):\n  "
				+ problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n  ")));
		this.problems = List.copyOf(problems);
	}

	public MasterDataRejectedException(ImportProblem problem) {
		this(List.of(problem));
	}

	public List<ImportProblem> problems() {
		return problems;
	}

}
