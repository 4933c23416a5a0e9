package org.fieldbook.customer;

import java.util.Locale;

/**
 * What a list of accounts, contacts or assets is narrowed to: {@code text} matches the start of a name, an email or
 * an external id in any case; {@code active} null is both; {@code account} an account's external id (contacts and
 * assets); {@code sort} {@code name} (the default), {@code id}, or either with a leading {@code -} for the other way
 * round; {@code page} counts from 1.
 */
public record CustomerSearch(String text, Boolean active, String account, String sort, int page) {

	public static final int PAGE_SIZE = 50;

	public CustomerSearch {
		text = blankIsNone(text);
		account = blankIsNone(account);
		sort = sort == null || !sort.matches("-?(name|id)") ? "name" : sort;
	}

	boolean descending() {
		return sort.startsWith("-");
	}

	boolean byExternalId() {
		return sort.endsWith("id");
	}

	/** A LIKE pattern for the start of a lower-case column. */
	String prefix() {
		return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static String blankIsNone(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
