package org.fieldbook.backoffice.workforce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.workforce.SkillAdministration;
import org.fieldbook.workforce.TechnicianAdministration;
import org.fieldbook.workforce.TechnicianAdministration.Details;
import org.fieldbook.workforce.TerritoryAdministration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change staff make to technicians, territories and skills, from the screens and the API alike, written to the
 * audit trail with what changed, old → new (e.g. {@code name: Ana → Anna; hours: MONDAY 07:00–18:00 → MONDAY 08:00–18:00}).
 * The subject is the record's external id; a change that changes nothing is not recorded.
 */
@Component
class AuditedWorkforce {

	private final TechnicianAdministration technicians;

	private final TerritoryAdministration territories;

	private final SkillAdministration skills;

	private final AuditTrail audit;

	AuditedWorkforce(TechnicianAdministration technicians, TerritoryAdministration territories, SkillAdministration skills,
			AuditTrail audit) {
		this.technicians = technicians;
		this.territories = territories;
		this.skills = skills;
		this.audit = audit;
	}

	@Transactional
	Details createTechnician(String actor, TechnicianAdministration.Change change) {
		Details created = technicians.create(change);
		record(actor, "technician.created", created.externalId(), Map.of(), describe(created));
		return created;
	}

	@Transactional
	Details changeTechnician(String actor, long id, TechnicianAdministration.Change change) {
		Map<String, String> before = technicians.details(id).map(this::describe).orElse(Map.of());
		Details changed = technicians.change(id, change);
		record(actor, "technician.changed", changed.externalId(), before, describe(changed));
		return changed;
	}

	@Transactional
	Details deactivateTechnician(String actor, long id) {
		Map<String, String> before = technicians.details(id).map(this::describe).orElse(Map.of());
		Details changed = technicians.deactivate(id);
		record(actor, "technician.deactivated", changed.externalId(), before, describe(changed));
		return changed;
	}

	@Transactional
	TerritoryAdministration.Details createTerritory(String actor, TerritoryAdministration.Change change) {
		TerritoryAdministration.Details created = territories.create(change);
		record(actor, "territory.created", created.externalId(), Map.of(), describe(created));
		return created;
	}

	@Transactional
	TerritoryAdministration.Details changeTerritory(String actor, long id, TerritoryAdministration.Change change) {
		Map<String, String> before = territories.details(id).map(AuditedWorkforce::describe).orElse(Map.of());
		TerritoryAdministration.Details changed = territories.change(id, change);
		record(actor, "territory.changed", changed.externalId(), before, describe(changed));
		return changed;
	}

	@Transactional
	TerritoryAdministration.Details deactivateTerritory(String actor, long id) {
		Map<String, String> before = territories.details(id).map(AuditedWorkforce::describe).orElse(Map.of());
		TerritoryAdministration.Details changed = territories.deactivate(id);
		record(actor, "territory.deactivated", changed.externalId(), before, describe(changed));
		return changed;
	}

	@Transactional
	SkillAdministration.Details createSkill(String actor, SkillAdministration.Change change) {
		SkillAdministration.Details created = skills.create(change);
		record(actor, "skill.created", created.externalId(), Map.of(), describe(created));
		return created;
	}

	@Transactional
	SkillAdministration.Details changeSkill(String actor, long id, SkillAdministration.Change change) {
		Map<String, String> before = skills.details(id).map(AuditedWorkforce::describe).orElse(Map.of());
		SkillAdministration.Details changed = skills.change(id, change);
		record(actor, "skill.changed", changed.externalId(), before, describe(changed));
		return changed;
	}

	@Transactional
	SkillAdministration.Details deactivateSkill(String actor, long id) {
		Map<String, String> before = skills.details(id).map(AuditedWorkforce::describe).orElse(Map.of());
		SkillAdministration.Details changed = skills.deactivate(id);
		record(actor, "skill.deactivated", changed.externalId(), before, describe(changed));
		return changed;
	}

	private void record(String actor, String action, String subject, Map<String, String> before, Map<String, String> after) {
		String details = after.entrySet()
			.stream()
			.filter(field -> !Objects.equals(before.get(field.getKey()), field.getValue()))
			.map(field -> field.getKey() + ": " + before.getOrDefault(field.getKey(), "–") + " → " + field.getValue())
			.collect(Collectors.joining("; "));
		if (!details.isEmpty()) {
			audit.record(actor, action, subject, details);
		}
	}

	/** The technician's fields as the audit log shows them, skills and territories by external id. */
	private Map<String, String> describe(Details technician) {
		Map<Long, String> skillIds = skills.options().stream()
			.collect(Collectors.toMap(SkillAdministration.Option::id, SkillAdministration.Option::externalId));
		Map<Long, String> territoryIds = territories.options().stream()
			.collect(Collectors.toMap(TerritoryAdministration.Option::id, TerritoryAdministration.Option::externalId));
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", technician.name());
		fields.put("active", Boolean.toString(technician.active()));
		fields.put("timeZone", technician.timeZone());
		fields.put("home", technician.homeLat() + "," + technician.homeLon());
		fields.put("skills", list(technician.skills(), skill -> skillIds.get(skill.skill()) + " " + skill.level()));
		fields.put("hours", list(technician.hours(), hours -> hours.day() + " " + hours.from() + "–" + hours.to()));
		fields.put("timeOff", list(technician.timeOff(), off -> off.from() + "–" + off.to()));
		fields.put("territories", list(technician.territories(), territoryIds::get));
		return fields;
	}

	private static Map<String, String> describe(TerritoryAdministration.Details territory) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", territory.name());
		fields.put("timeZone", String.valueOf(territory.timeZone()));
		fields.put("active", Boolean.toString(territory.active()));
		return fields;
	}

	private static Map<String, String> describe(SkillAdministration.Details skill) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", skill.name());
		fields.put("active", Boolean.toString(skill.active()));
		return fields;
	}

	private static <T> String list(List<T> items, Function<T, String> show) {
		return items.isEmpty() ? "none" : items.stream().map(show).collect(Collectors.joining(", "));
	}

}
