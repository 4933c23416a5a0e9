package org.fieldbook.customer;

import java.util.List;

/** One page of a list of accounts, contacts or assets; {@code page} counts from 1. */
public record CustomerPage<T>(List<T> items, int page, int pages, long total) {
}
