package org.fieldbook.backoffice.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the audit log is narrowed to, as the screen and the API take it from the URL: a blank value is no filter,
 * {@code from} and {@code to} are whole days in UTC, both included; {@code sort=oldest} turns the order around.
 */
public record AuditFilter(String actor, String action, String subject, @DateTimeFormat(iso = ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = ISO.DATE) LocalDate to, String sort) {

	public static final String OLDEST_FIRST = "oldest";

	public AuditFilter {
		actor = blankIsNone(actor);
		action = blankIsNone(action);
		subject = blankIsNone(subject);
		sort = OLDEST_FIRST.equals(sort) ? OLDEST_FIRST : null;
	}

	/** The same filter in the other order. */
	public AuditFilter reversed() {
		return new AuditFilter(actor, action, subject, from, to, oldestFirst() ? null : OLDEST_FIRST);
	}

	/** The query string of this filter and {@code page}, for links that keep the view. */
	public String query(int page) {
		return UriComponentsBuilder.newInstance()
			.queryParamIfPresent("actor", Optional.ofNullable(actor))
			.queryParamIfPresent("action", Optional.ofNullable(action))
			.queryParamIfPresent("subject", Optional.ofNullable(subject))
			.queryParamIfPresent("from", Optional.ofNullable(from))
			.queryParamIfPresent("to", Optional.ofNullable(to))
			.queryParamIfPresent("sort", Optional.ofNullable(sort))
			.queryParam("page", page)
			.encode()
			.build()
			.getQuery();
	}

	public boolean oldestFirst() {
		return sort != null;
	}

	Instant since() {
		return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	Instant before() {
		return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static String blankIsNone(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
