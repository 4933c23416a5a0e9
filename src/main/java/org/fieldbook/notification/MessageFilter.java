package org.fieldbook.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the message list is narrowed to, as the screen and the API take it from the URL: a blank value is no filter;
 * {@code contact} is a part of the contact's name or email address, or the start of the address the message went to;
 * {@code from} and {@code to} are whole days in UTC, both included; {@code sort=oldest} turns the order around.
 */
public record MessageFilter(NotificationType type, Channel channel, NotificationState state, String contact,
		String reference, @DateTimeFormat(iso = ISO.DATE) LocalDate from, @DateTimeFormat(iso = ISO.DATE) LocalDate to,
		String sort) {

	public static final String OLDEST_FIRST = "oldest";

	public MessageFilter {
		contact = blankIsNone(contact);
		reference = blankIsNone(reference);
		sort = OLDEST_FIRST.equals(sort) ? OLDEST_FIRST : null;
	}

	/** The same filter in the other order. */
	public MessageFilter reversed() {
		return new MessageFilter(type, channel, state, contact, reference, from, to, oldestFirst() ? null : OLDEST_FIRST);
	}

	/** The query string of this filter and {@code page}, for links that keep the view. */
	public String query(int page) {
		return UriComponentsBuilder.newInstance()
			.queryParamIfPresent("type", Optional.ofNullable(type))
			.queryParamIfPresent("channel", Optional.ofNullable(channel))
			.queryParamIfPresent("state", Optional.ofNullable(state))
			.queryParamIfPresent("contact", Optional.ofNullable(contact))
			.queryParamIfPresent("reference", Optional.ofNullable(reference))
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
