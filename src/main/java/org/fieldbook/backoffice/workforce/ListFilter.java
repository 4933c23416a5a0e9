package org.fieldbook.backoffice.workforce;

import java.util.Objects;
import java.util.Optional;

import org.fieldbook.workforce.WorkforceQuery;
import org.fieldbook.workforce.WorkforceQuery.Order;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a list of technicians, territories or skills is narrowed to, as the screens and the API take it from the URL:
 * {@code q} is found in the name or external id, {@code active} is {@code true}, {@code false} or blank for both,
 * {@code territory} (technicians only) a territory id; {@code sort} is {@code name} or {@code externalId}, {@code dir}
 * {@code desc} turns it around. Anything else is no filter.
 */
public record ListFilter(String q, Long territory, String active, String sort, String dir) {

	public static final String EXTERNAL_ID = "externalId";

	public static final String DESCENDING = "desc";

	public ListFilter {
		q = q == null || q.isBlank() ? null : q.strip();
		active = "true".equals(active) || "false".equals(active) ? active : null;
		sort = EXTERNAL_ID.equals(sort) ? EXTERNAL_ID : null;
		dir = DESCENDING.equals(dir) ? DESCENDING : null;
	}

	WorkforceQuery toQuery(int page) {
		return new WorkforceQuery(q, territory, active == null ? null : Boolean.valueOf(active),
				sort == null ? Order.NAME : Order.EXTERNAL_ID, dir != null, page);
	}

	/** Sorted by this column ({@code name} or {@code externalId}): the other way round if it is sorted by it already. */
	public ListFilter sortedBy(String column) {
		String wanted = EXTERNAL_ID.equals(column) ? EXTERNAL_ID : null;
		boolean same = Objects.equals(wanted, sort);
		return new ListFilter(q, territory, active, wanted, same && dir == null ? DESCENDING : null);
	}

	/** How the list is sorted by this column for {@code aria-sort}: ascending, descending or none. */
	public String ariaSort(String column) {
		String by = EXTERNAL_ID.equals(column) ? EXTERNAL_ID : null;
		if (!Objects.equals(by, sort)) {
			return "none";
		}
		return dir == null ? "ascending" : "descending";
	}

	/** The query string of this filter and {@code page}, for links that keep the view. */
	public String query(int page) {
		return UriComponentsBuilder.newInstance()
			.queryParamIfPresent("q", Optional.ofNullable(q))
			.queryParamIfPresent("territory", Optional.ofNullable(territory))
			.queryParamIfPresent("active", Optional.ofNullable(active))
			.queryParamIfPresent("sort", Optional.ofNullable(sort))
			.queryParamIfPresent("dir", Optional.ofNullable(dir))
			.queryParam("page", page)
			.encode()
			.build()
			.getQuery()
			.replace("+", "%2B");
	}

}
