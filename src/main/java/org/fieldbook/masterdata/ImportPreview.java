package org.fieldbook.masterdata;

import java.util.List;
import java.util.Map;

/**
 * What an import file would change: per kind the records it would create, update and leave as they are, or, when it
 * would be rejected, every problem by record and field (and then no counts, as nothing would be imported).
 */
public record ImportPreview(boolean accepted, Map<String, ImportSummary.Counts> counts, List<ImportProblem> problems) {

	static ImportPreview accepted(ImportSummary summary) {
		return new ImportPreview(true, summary.counts(), List.of());
	}

	static ImportPreview rejected(List<ImportProblem> problems) {
		return new ImportPreview(false, Map.of(), problems);
	}

}
