package org.fieldbook.backoffice;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.fieldbook.booking.UnmetDemand;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The overview's unmet demand in the reader's words: one line per service type, territory and reason. */
@Component
class UnmetDemandLines {

	private final UnmetDemand demand;

	private final MessageSource messages;

	private final Clock clock;

	UnmetDemandLines(UnmetDemand demand, MessageSource messages, Clock clock) {
		this.demand = demand;
		this.messages = messages;
		this.clock = clock;
	}

	List<String> lastDays(int days, Locale locale) {
		return demand.since(clock.instant().minus(Duration.ofDays(days)))
			.stream()
			.map(group -> line(group, locale))
			.toList();
	}

	private String line(UnmetDemand.Group group, Locale locale) {
		String territory = group.territory() != null ? group.territory()
				: messages.getMessage("admin.unmetDemand.noTerritory", null, locale);
		return messages.getMessage("admin.unmetDemand.line", new Object[] { group.unmet(), group.searches(),
				group.serviceTypeName(), territory, reason(group, locale) }, locale);
	}

	private String reason(UnmetDemand.Group group, Locale locale) {
		if (group.reason() == null) {
			return messages.getMessage("admin.unmetDemand.reason.UNKNOWN", null, locale);
		}
		Object until = group.fullyBookedUntil() == null ? ""
				: DateTimeFormatter.ofPattern("d MMMM", locale).format(group.fullyBookedUntil());
		return messages.getMessage("admin.unmetDemand.reason." + group.reason(),
				new Object[] { group.subject(), group.level(), until }, locale);
	}

}
