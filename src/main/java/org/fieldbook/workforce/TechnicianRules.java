package org.fieldbook.workforce;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.fieldbook.workforce.TechnicianAdministration.Absence;
import org.fieldbook.workforce.TechnicianAdministration.Change;
import org.fieldbook.workforce.TechnicianAdministration.Period;
import org.fieldbook.workforce.TechnicianAdministration.Proficiency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a technician must be to be written. An inactive skill or territory is not given to a technician anew; one
 * that has it already keeps it.
 */
@Component
class TechnicianRules {

	static final int MAX_SKILLS = 100;

	static final int MAX_HOURS = 70;

	static final int MAX_TIME_OFF = 1000;

	static final int MAX_TERRITORIES = 100;

	/** Time off beyond these years is a typing mistake, and PostgreSQL's timestamps end too. */
	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2200;

	private final JdbcClient jdbc;

	TechnicianRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @throws InvalidWorkforceChangeException naming every field that is not acceptable */
	void check(Change change, boolean creating, Set<Long> keptSkills, Set<Long> keptTerritories) {
		FieldChecks checks = new FieldChecks();
		if (creating) {
			checks.text("externalId", change.externalId(), 100);
		}
		checks.text("name", change.name(), 200);
		checks.zone("timeZone", change.timeZone());
		checks.range("homeLat", change.homeLat(), -90, 90);
		checks.range("homeLon", change.homeLon(), -180, 180);
		if (fits(checks, "skills", change.skills(), MAX_SKILLS)) {
			List<Long> skills = change.skills().stream().map(skill -> skill == null ? null : skill.skill()).toList();
			skills(checks, change.skills(), usable("skill", ids(skills), keptSkills));
		}
		if (fits(checks, "hours", change.hours(), MAX_HOURS)) {
			hours(checks, change.hours());
		}
		if (fits(checks, "timeOff", change.timeOff(), MAX_TIME_OFF)) {
			timeOff(checks, change.timeOff());
		}
		if (fits(checks, "territories", change.territories(), MAX_TERRITORIES)) {
			Set<Long> usable = usable("territory", ids(change.territories()), keptTerritories);
			if (change.territories().stream().anyMatch(id -> id == null || !usable.contains(id))) {
				checks.add("territories", "admin.workforce.invalid.unknownTerritory");
			}
		}
		checks.refuseAny();
	}

	private static void skills(FieldChecks checks, List<Proficiency> skills, Set<Long> usable) {
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < skills.size(); i++) {
			Proficiency skill = skills.get(i);
			String field = "skills[" + i + "]";
			if (!checks.present(field + ".skill", skill == null ? null : skill.skill())) {
				continue;
			}
			if (!usable.contains(skill.skill())) {
				checks.add(field + ".skill", "admin.workforce.invalid.unknownSkill");
			}
			else if (!seen.add(skill.skill())) {
				checks.add(field + ".skill", "admin.workforce.invalid.duplicateSkill");
			}
			checks.range(field + ".level", skill.level(), 0, 10);
		}
	}

	private static void hours(FieldChecks checks, List<Period> hours) {
		for (int i = 0; i < hours.size(); i++) {
			Period period = hours.get(i);
			String field = "hours[" + i + "]";
			if (period == null) {
				checks.add(field + ".day", "admin.workforce.invalid.required");
				continue;
			}
			checks.present(field + ".day", period.day());
			checks.present(field + ".from", period.from());
			if (checks.present(field + ".to", period.to()) && period.from() != null && !period.to().isAfter(period.from())) {
				checks.add(field + ".to", "admin.workforce.invalid.endNotAfterStart");
			}
			else if (complete(period) && overlapsAnEarlier(hours, i)) {
				checks.add(field + ".from", "admin.workforce.invalid.overlap");
			}
		}
	}

	/** Whether the period at {@code i} overlaps one before it in the list on the same day. */
	private static boolean overlapsAnEarlier(List<Period> hours, int i) {
		Period period = hours.get(i);
		return hours.subList(0, i)
			.stream()
			.filter(other -> complete(other) && other.to().isAfter(other.from()) && other.day() == period.day())
			.anyMatch(other -> other.from().isBefore(period.to()) && period.from().isBefore(other.to()));
	}

	private static boolean complete(Period period) {
		return period != null && period.day() != null && period.from() != null && period.to() != null;
	}

	private static void timeOff(FieldChecks checks, List<Absence> timeOff) {
		for (int i = 0; i < timeOff.size(); i++) {
			Absence absence = timeOff.get(i);
			String field = "timeOff[" + i + "]";
			boolean from = checks.present(field + ".from", absence == null ? null : absence.from())
					&& year(checks, field + ".from", absence.from());
			boolean to = absence != null && checks.present(field + ".to", absence.to())
					&& year(checks, field + ".to", absence.to());
			if (from && to && !absence.to().isAfter(absence.from())) {
				checks.add(field + ".to", "admin.workforce.invalid.endNotAfterStart");
			}
		}
	}

	private static boolean year(FieldChecks checks, String field, LocalDateTime time) {
		if (time.getYear() < FIRST_YEAR || time.getYear() > LAST_YEAR) {
			checks.add(field, "admin.workforce.invalid.year", FIRST_YEAR, LAST_YEAR);
			return false;
		}
		return true;
	}

	private static boolean fits(FieldChecks checks, String field, Collection<?> list, int max) {
		if (list.size() > max) {
			checks.add(field, "admin.workforce.invalid.tooMany", max);
			return false;
		}
		return true;
	}

	/** Those of the ids that are active records of the table, and those kept. */
	private Set<Long> usable(String table, List<Long> ids, Set<Long> kept) {
		Set<Long> usable = new HashSet<>(kept);
		if (!ids.isEmpty()) {
			usable.addAll(jdbc.sql("SELECT id FROM " + table + " WHERE active AND id = ANY(?)")
				.param(ids.toArray(Long[]::new))
				.query(Long.class)
				.list());
		}
		return usable;
	}

	private static List<Long> ids(List<Long> ids) {
		return ids.stream().filter(Objects::nonNull).distinct().toList();
	}

}
