package org.fieldbook.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.fieldbook.notification.LinkCodeAdministration.LinkCode.State;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the list of portal links is narrowed to, as the screen and the API take it from the URL: a blank value is no
 * filter; {@code recipient} is a part of the contact's name or email address; the link's validity ends between
 * {@code expiresFrom} and {@code expiresTo}, whole days in UTC, both included. {@link Sort} orders the list.
 */
public record LinkCodeFilter(String reference, String recipient, State state,
		@DateTimeFormat(iso = ISO.DATE) LocalDate expiresFrom, @DateTimeFormat(iso = ISO.DATE) LocalDate expiresTo,
		Sort sort) {

	public enum Sort {

		NEWEST("created_at DESC, id DESC"), OLDEST("created_at ASC, id ASC"), EXPIRY("expires_at ASC, id ASC");

		final String orderBy;

		Sort(String orderBy) {
			this.orderBy = orderBy;
		}

	}

	public LinkCodeFilter {
		reference = reference == null || reference.isBlank() ? null : reference.strip().toUpperCase();
		recipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
		sort = sort == null ? Sort.NEWEST : sort;
	}

	/** The query string of this filter and {@code page}, for links that keep the view. */
	public String query(int page) {
		return UriComponentsBuilder.newInstance()
			.queryParamIfPresent("reference", Optional.ofNullable(reference))
			.queryParamIfPresent("recipient", Optional.ofNullable(recipient))
			.queryParamIfPresent("state", Optional.ofNullable(state))
			.queryParamIfPresent("expiresFrom", Optional.ofNullable(expiresFrom))
			.queryParamIfPresent("expiresTo", Optional.ofNullable(expiresTo))
			.queryParamIfPresent("sort", Optional.of(sort).filter(order -> order != Sort.NEWEST))
			.queryParam("page", page)
			.encode()
			.build()
			.getQuery();
	}

	Instant expiringSince() {
		return expiresFrom == null ? null : expiresFrom.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	Instant expiringBefore() {
		return expiresTo == null ? null : expiresTo.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
