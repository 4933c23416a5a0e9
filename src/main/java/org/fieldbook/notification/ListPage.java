package org.fieldbook.notification;

import java.util.List;
import java.util.function.Function;

/** One page of a back-office list: {@code page} counts from 1, {@code pages} is at least 1. */
public record ListPage<T>(List<T> items, int page, int pages, long total) {

	public static final int SIZE = 50;

	/** The same page with each item as {@code mapper} turns it. */
	public <R> ListPage<R> map(Function<T, R> mapper) {
		return new ListPage<>(items.stream().map(mapper).toList(), page, pages, total);
	}

	/** The page to show of {@code total} rows when {@code asked} for: the first or the last one when out of range. */
	static int shown(int asked, long total) {
		return Math.min(Math.max(asked, 1), pages(total));
	}

	static int pages(long total) {
		return (int) Math.max(1, (total + SIZE - 1) / SIZE);
	}

	static long offset(int page) {
		return (long) (page - 1) * SIZE;
	}

}
