package org.fieldbook.backoffice.masterdata;

import java.util.Optional;

import org.fieldbook.customer.CustomerSearch;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a list of accounts, contacts, assets or functional locations is narrowed to, as the screens and the API take
 * it from the URL: {@code q} the start of a name, email or id; {@code active} {@code true}, {@code false} or blank
 * for both; {@code account} an account's id; {@code sort} {@code name}, {@code id}, {@code -name} or {@code -id}.
 */
public record CustomerFilter(String q, Boolean active, String account, String sort) {

	public CustomerFilter {
		q = q == null || q.isBlank() ? null : q.strip();
		account = account == null || account.isBlank() ? null : account.strip();
		sort = sort == null || !sort.matches("-?(name|id)") ? null : sort;
	}

	CustomerSearch search(int page) {
		return new CustomerSearch(q, active, account, sort, page);
	}

	/** The filter sorted by {@code column}, the other way round when it is sorted by it already. */
	public CustomerFilter sortedBy(String column) {
		return new CustomerFilter(q, active, account, column.equals(sorting()) ? "-" + column : column);
	}

	/** {@code name}, {@code -name}, {@code id} or {@code -id}. */
	public String sorting() {
		return sort == null ? "name" : sort;
	}

	/** {@code ascending}, {@code descending} or {@code none}, for a column header's aria-sort. */
	public String ariaSort(String column) {
		return sorting().equals(column) ? "ascending" : sorting().equals("-" + column) ? "descending" : "none";
	}

	/** The query string of this filter and {@code page}, for links that keep the view. */
	public String query(int page) {
		return UriComponentsBuilder.newInstance()
			.queryParamIfPresent("q", Optional.ofNullable(q))
			.queryParamIfPresent("active", Optional.ofNullable(active))
			.queryParamIfPresent("account", Optional.ofNullable(account))
			.queryParamIfPresent("sort", Optional.ofNullable(sort))
			.queryParam("page", page)
			.encode()
			.build()
			.getQuery();
	}

}
