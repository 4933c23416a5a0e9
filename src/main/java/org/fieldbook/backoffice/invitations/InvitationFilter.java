package org.fieldbook.backoffice.invitations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.fieldbook.invitation.InvitationLog.Order;
import org.fieldbook.invitation.InvitationStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the invitation list is narrowed to, as the screen and the API take it from the URL: a blank value is no
 * filter; {@code text} a part of the contact's name, email address or account; {@code from} and {@code to} whole days
 * of sending, both included; {@code sort} a column (sent by default), {@code dir=asc} the other order.
 */
public record InvitationFilter(InvitationStatus status, String text, @DateTimeFormat(iso = ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = ISO.DATE) LocalDate to, Order sort, String dir) {

	public static final String ASCENDING = "asc";

	public InvitationFilter {
		text = text == null || text.isBlank() ? null : text.strip();
		sort = sort == null ? Order.SENT : sort;
		dir = ASCENDING.equals(dir) ? ASCENDING : null;
	}

	public boolean ascending() {
		return dir != null;
	}

	/** The same filter sorted by {@code column}: the other way round when it is sorted by it already. */
	public InvitationFilter sortedBy(Order column) {
		boolean ascending = column == sort ? !ascending() : column == Order.EMAIL || column == Order.STATUS;
		return new InvitationFilter(status, text, from, to, column, ascending ? ASCENDING : null);
	}

	/** The {@code aria-sort} of a column's header. */
	public String ariaSort(Order column) {
		return column != sort ? "none" : ascending() ? "ascending" : "descending";
	}

	/** The query string of this filter and {@code page}, for links that keep the view. */
	public String query(int page) {
		return into(UriComponentsBuilder.newInstance(), page).encode().build().getQuery();
	}

	/** Adds this filter and {@code page} to a link's parameters, unencoded. */
	UriComponentsBuilder into(UriComponentsBuilder link, int page) {
		return link.queryParamIfPresent("status", Optional.ofNullable(status))
			.queryParamIfPresent("text", Optional.ofNullable(text))
			.queryParamIfPresent("from", Optional.ofNullable(from))
			.queryParamIfPresent("to", Optional.ofNullable(to))
			.queryParam("sort", sort)
			.queryParamIfPresent("dir", Optional.ofNullable(dir))
			.queryParam("page", page);
	}

	Instant since(ZoneId zone) {
		return from == null ? null : from.atStartOfDay(zone).toInstant();
	}

	Instant before(ZoneId zone) {
		return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
	}

}
