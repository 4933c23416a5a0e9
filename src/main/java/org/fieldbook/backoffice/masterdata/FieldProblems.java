package org.fieldbook.backoffice.masterdata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbook.masterdata.ImportProblem;

/**
 * The import's problems of one form, each as a message key shown next to its field (the import names them in
 * English, for files): {@code admin.masterData.problem.missing}, {@code .tooLong} with the longest length, or the
 * rule of the field ({@code .email}, {@code .timeZone}, …).
 */
final class FieldProblems {

	/** A message key and its one argument (null when it takes none). */
	public record Problem(String key, Object argument) {
	}

	private static final Pattern TOO_LONG = Pattern.compile("is \\d+ characters long; at most (\\d+) fit");

	private static final Set<String> RULES = Set.of("email", "phone", "timeZone", "country", "lat", "lon", "language",
			"account");

	private FieldProblems() {
	}

	/** The first problem of each field, by its path in the form ({@code address.city}). */
	static Map<String, Problem> of(List<ImportProblem> problems) {
		Map<String, Problem> byField = new LinkedHashMap<>();
		problems.forEach(problem -> byField.putIfAbsent(problem.field(), problem(problem)));
		return byField;
	}

	private static Problem problem(ImportProblem problem) {
		if (problem.message().equals(RecordRejectedException.TAKEN)) {
			return new Problem("admin.masterData.problem.taken", null);
		}
		if (problem.message().equals("is missing")) {
			return new Problem("admin.masterData.problem.missing", null);
		}
		Matcher tooLong = TOO_LONG.matcher(problem.message());
		if (tooLong.matches()) {
			return new Problem("admin.masterData.problem.tooLong", Integer.valueOf(tooLong.group(1)));
		}
		String rule = problem.field().substring(problem.field().lastIndexOf('.') + 1);
		return new Problem(RULES.contains(rule) ? "admin.masterData.problem." + rule : "admin.masterData.problem.invalid",
				null);
	}

}
