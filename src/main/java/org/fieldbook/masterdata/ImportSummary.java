package org.fieldbook.masterdata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many records of each kind an import created, updated and left as they were. Only accounts, contacts and
 * assets tell an unchanged record from an updated one; of the other kinds every record already there counts as
 * updated.
 */
public final class ImportSummary {

	public record Counts(int created, int updated, int unchanged) {
	}

	private static final int CREATED = 0;

	private static final int UPDATED = 1;

	private static final int UNCHANGED = 2;

	private final Map<String, int[]> counts = new LinkedHashMap<>();

	void count(String kind, boolean created) {
		add(kind, created ? CREATED : UPDATED);
	}

	void count(String kind, boolean created, boolean changed) {
		add(kind, created ? CREATED : changed ? UPDATED : UNCHANGED);
	}

	private void add(String kind, int which) {
		counts.computeIfAbsent(kind, k -> new int[3])[which]++;
	}

	public Map<String, Counts> counts() {
		return Collections.unmodifiableMap(counts.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> counts(e.getValue()), (a, b) -> a, LinkedHashMap::new)));
	}

	public Counts of(String kind) {
		return counts(counts.getOrDefault(kind, new int[3]));
	}

	private static Counts counts(int[] value) {
		return new Counts(value[CREATED], value[UPDATED], value[UNCHANGED]);
	}

	@Override
	public String toString() {
		return counts().entrySet()
			.stream()
			.map(e -> e.getKey() + " " + e.getValue().created() + " created, " + e.getValue().updated() + " updated, "
					+ e.getValue().unchanged() + " unchanged")
			.collect(Collectors.joining("; "));
	}

}
