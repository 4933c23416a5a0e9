package org.fieldbook.system;

import java.util.Locale;

/** SQL {@code LIKE} patterns for a search text typed by a person: its {@code %} and {@code _} are literal. */
public final class LikePattern {

	private LikePattern() {
	}

	/** A pattern for {@code lower(column) LIKE ?} that matches any value containing the text, in any case. */
	public static String containing(String text) {
		String literal = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + literal + "%";
	}

}
