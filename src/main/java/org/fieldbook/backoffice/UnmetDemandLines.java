package org.fieldbook.backoffice;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.fieldbook.booking.UnmetDemand;
import org.fieldbook.workforce.Workforce;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The overview's unmet demand in the reader's words: one line per service type, territory and reason, the
 * territory and a missing skill by name (by id when it no longer exists).
 */
@Component
class UnmetDemandLines {

	private static final String NO_SKILL = "NO_SKILL";

	private static final String NOT_IN_TERRITORY = "NOT_IN_TERRITORY";

	private final UnmetDemand demand;

	private final Workforce workforce;

	private final MessageSource messages;

	private final Clock clock;

	UnmetDemandLines(UnmetDemand demand, Workforce workforce, MessageSource messages, Clock clock) {
		this.demand = demand;
		this.workforce = workforce;
		this.messages = messages;
		this.clock = clock;
	}

	List<String> lastDays(int days, Locale locale) {
		List<UnmetDemand.Group> groups = demand.since(clock.instant().minus(Duration.ofDays(days)));
		Map<String, String> territories = workforce.territoryNames(groups.stream()
			.flatMap(group -> Stream.of(group.territory(),
					NOT_IN_TERRITORY.equals(group.reason()) ? group.subject() : null))
			.filter(Objects::nonNull)
			.distinct()
			.toList());
		Map<String, String> skills = workforce.skillNames(groups.stream()
			.filter(group -> NO_SKILL.equals(group.reason()))
			.map(UnmetDemand.Group::subject)
			.filter(Objects::nonNull)
			.distinct()
			.toList());
		return groups.stream().map(group -> line(group, territories, skills, locale)).toList();
	}

	private String line(UnmetDemand.Group group, Map<String, String> territories, Map<String, String> skills,
			Locale locale) {
		String territory = group.territory() != null ? territories.getOrDefault(group.territory(), group.territory())
				: messages.getMessage("admin.unmetDemand.noTerritory", null, locale);
		return messages.getMessage("admin.unmetDemand.line", new Object[] { group.unmet(), group.searches(),
				group.serviceTypeName(), territory, reason(group, territories, skills, locale) }, locale);
	}

	private String reason(UnmetDemand.Group group, Map<String, String> territories, Map<String, String> skills,
			Locale locale) {
		if (group.reason() == null) {
			return messages.getMessage("admin.unmetDemand.reason.UNKNOWN", null, locale);
		}
		String subject = switch (group.reason()) {
			case NO_SKILL -> skills.getOrDefault(group.subject(), group.subject());
			case NOT_IN_TERRITORY -> territories.getOrDefault(group.subject(), group.subject());
			default -> group.subject();
		};
		String until = group.fullyBookedUntil() == null ? ""
				: DateTimeFormatter.ofPattern("d MMMM", locale).format(group.fullyBookedUntil());
		return messages.getMessage("admin.unmetDemand.reason." + group.reason(),
				new Object[] { subject, group.level(), until }, locale);
	}

}
