package org.fieldbook.masterdata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** How many records of each kind an import created and updated. */
public final class ImportSummary {

	public record Counts(int created, int updated) {
	}

	private final Map<String, int[]> counts = new LinkedHashMap<>();

	void created(String kind) {
		counts.computeIfAbsent(kind, k -> new int[2])[0]++;
	}

	void updated(String kind) {
		counts.computeIfAbsent(kind, k -> new int[2])[1]++;
	}

	void count(String kind, boolean created) {
		if (created) {
			created(kind);
		}
		else {
			updated(kind);
		}
	}

	public Map<String, Counts> counts() {
		return Collections.unmodifiableMap(counts.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> new Counts(e.getValue()[0], e.getValue()[1]),
					(a, b) -> a, LinkedHashMap::new)));
	}

	public Counts of(String kind) {
		int[] value = counts.getOrDefault(kind, new int[2]);
		return new Counts(value[0], value[1]);
	}

	@Override
	public String toString() {
		return counts().entrySet()
			.stream()
			.map(e -> e.getKey() + " " + e.getValue().created() + " created, " + e.getValue().updated() + " updated")
			.collect(Collectors.joining("; "));
	}

}
