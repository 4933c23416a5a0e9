package org.fieldbook.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The WHERE clause of a filtered list, built from the filters that are set, with its parameters in order. */
final class Conditions {

	private final List<String> conditions = new ArrayList<>(List.of("TRUE"));

	private final List<Object> params = new ArrayList<>();

	/** Adds {@code condition} with its parameters unless the first parameter is null (no filter). */
	Conditions and(String condition, Object... values) {
		if (values.length == 0 || values[0] != null) {
			conditions.add(condition);
			params.addAll(List.of(values));
		}
		return this;
	}

	String where() {
		return " WHERE " + String.join(" AND ", conditions);
	}

	List<Object> params() {
		return List.copyOf(params);
	}

	/** The params, then those of LIMIT and OFFSET for {@code page}. */
	List<Object> params(int page) {
		List<Object> paged = new ArrayList<>(params);
		paged.add(ListPage.SIZE);
		paged.add(ListPage.offset(page));
		return paged;
	}

	static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	/** A LIKE pattern for values starting with {@code text}, in lower case, its wildcards taken literally. */
	static String startingWith(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1") + "%";
	}

}
