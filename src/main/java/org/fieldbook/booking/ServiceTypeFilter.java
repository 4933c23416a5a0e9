package org.fieldbook.booking;

import java.util.Locale;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the back office's list of service types is narrowed to, as the screen and the API take it from the URL:
 * {@code text} found in the name, a portal name or the external id (any case); {@code onPortal} {@code yes} or
 * {@code no}; {@code sort} one of {@link Sort}'s values, by name by default. Anything else is no filter.
 */
public record ServiceTypeFilter(String text, String onPortal, String sort) {

	public enum Sort {

		NAME("lower(st.name) ASC, st.id ASC"), NAME_DESC("lower(st.name) DESC, st.id DESC"),
		DURATION("st.duration_minutes ASC, st.id ASC"), DURATION_DESC("st.duration_minutes DESC, st.id DESC");

		final String orderBy;

		Sort(String orderBy) {
			this.orderBy = orderBy;
		}

		public String value() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		static Optional<Sort> of(String value) {
			for (Sort sort : values()) {
				if (sort.value().equals(value)) {
					return Optional.of(sort);
				}
			}
			return Optional.empty();
		}

	}

	public static final String YES = "yes";

	public static final String NO = "no";

	public ServiceTypeFilter {
		text = text == null || text.isBlank() ? null : text.strip();
		onPortal = YES.equals(onPortal) || NO.equals(onPortal) ? onPortal : null;
		sort = Sort.of(sort).map(Sort::value).orElse(Sort.NAME.value());
	}

	public Sort order() {
		return Sort.of(sort).orElseThrow();
	}

	/** The same filter sorted by this column: ascending, or descending when it is sorted ascending by it already. */
	public ServiceTypeFilter sortedBy(String column) {
		Sort ascending = Sort.valueOf(column.toUpperCase(Locale.ROOT));
		Sort next = order() == ascending ? Sort.valueOf(ascending.name() + "_DESC") : ascending;
		return new ServiceTypeFilter(text, onPortal, next.value());
	}

	/** The query string of this filter and {@code page}, for links that keep the view. */
	public String query(int page) {
		return UriComponentsBuilder.newInstance()
			.queryParamIfPresent("text", Optional.ofNullable(text))
			.queryParamIfPresent("onPortal", Optional.ofNullable(onPortal))
			.queryParam("sort", sort)
			.queryParam("page", page)
			.encode()
			.build()
			.getQuery();
	}

	Boolean portal() {
		return onPortal == null ? null : YES.equals(onPortal);
	}

}
