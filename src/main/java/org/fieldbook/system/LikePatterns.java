package org.fieldbook.system;

import java.util.Locale;

/** Patterns for SQL {@code LIKE}/{@code ILIKE} with PostgreSQL's default escape character, the backslash. */
public final class LikePatterns {

	private LikePatterns() {
	}

	/** Matches any text that contains {@code text} as it is: its {@code %} and {@code _} are no wildcards. */
	public static String containing(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/** For {@code lower(column) LIKE ?}: matches any value containing the text in any case, its wildcards literal. */
	public static String lowerCaseContaining(String text) {
		return containing(text.toLowerCase(Locale.ROOT));
	}

}
