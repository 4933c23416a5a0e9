package org.fieldbook.workforce;

import java.util.List;

/** One page of a back-office list of the workforce; {@code page} counts from 1. */
public record WorkforcePage<T>(List<T> items, int page, int pages, long total) {

	public static final int SIZE = 50;

	public WorkforcePage {
		items = List.copyOf(items);
	}

	/** The page to show of {@code total} rows: the asked one, within 1 and the last. */
	static int shown(int asked, long total) {
		return Math.min(Math.max(asked, 1), pages(total));
	}

	static int pages(long total) {
		return (int) Math.max(1, (total + SIZE - 1) / SIZE);
	}

}
