package org.fieldbook.workforce;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The territories, skills and technicians of the company's own systems, written by the master data import and
 * matched by their external id. Every method acts on the caller's transaction, so that a rejected import changes
 * nothing.
 */
@Service
public class WorkforceImport {

	public record TerritoryData(String externalId, String name) {
	}

	public record SkillData(String externalId, String name) {
	}

	/** A technician, its territories and skills by external id; hours and time off on its local clock. */
	public record TechnicianData(String externalId, String name, ZoneId zone, double homeLat, double homeLon,
			List<String> territories, List<SkillLevelData> skills, List<HoursData> workingHours,
			List<TimeOffData> timeOff) {
	}

	/** A proficiency from 0 to 10 in the skill of that external id. */
	public record SkillLevelData(String skill, int level) {
	}

	public record HoursData(DayOfWeek day, LocalTime from, LocalTime to) {
	}

	public record TimeOffData(LocalDateTime from, LocalDateTime to) {
	}

	private final TerritoryRepository territories;

	private final SkillRepository skills;

	private final TechnicianRepository technicians;

	WorkforceImport(TerritoryRepository territories, SkillRepository skills, TechnicianRepository technicians) {
		this.territories = territories;
		this.skills = skills;
		this.technicians = technicians;
	}

	/** The Fieldbook ids of those of these external ids that are territories. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, Long> territoryIds(Collection<String> externalIds) {
		return territories.idsByExternalId(externalIds);
	}

	/** The Fieldbook ids of those of these external ids that are skills. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, Long> skillIds(Collection<String> externalIds) {
		return skills.idsByExternalId(externalIds);
	}

	/** The Fieldbook ids of those of these external ids that are technicians. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, Long> technicianIds(Collection<String> externalIds) {
		return technicians.idsByExternalId(externalIds);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void upsertTerritories(List<TerritoryData> data) {
		Map<String, Territory> known = territories.byExternalId(data.stream().map(TerritoryData::externalId).toList());
		for (TerritoryData territory : data) {
			Territory entity = known.computeIfAbsent(territory.externalId(), Territory::new);
			entity.rename(territory.name());
			territories.save(entity);
		}
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void upsertSkills(List<SkillData> data) {
		Map<String, Skill> known = skills.byExternalId(data.stream().map(SkillData::externalId).toList());
		for (SkillData skill : data) {
			Skill entity = known.computeIfAbsent(skill.externalId(), Skill::new);
			entity.rename(skill.name());
			skills.save(entity);
		}
	}

	/** Writes the technicians; the territories and skills they name must exist. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void upsertTechnicians(List<TechnicianData> data) {
		Map<String, Technician> known = technicians.byExternalId(data.stream().map(TechnicianData::externalId).toList());
		Map<String, Long> territoryIds = territoryIds(
				data.stream().flatMap(technician -> technician.territories().stream()).toList());
		Map<String, Long> skillIds = skillIds(
				data.stream().flatMap(technician -> technician.skills().stream()).map(SkillLevelData::skill).toList());
		for (TechnicianData technician : data) {
			Technician entity = known.computeIfAbsent(technician.externalId(), Technician::new);
			entity.describe(technician.name(), technician.zone(), technician.homeLat(), technician.homeLon());
			entity.replaceTerritories(technician.territories().stream().map(territoryIds::get).toList());
			entity.replaceSkills(technician.skills()
				.stream()
				.map(level -> new SkillLevel(skillIds.get(level.skill()), level.level()))
				.toList());
			entity.replaceWorkingHours(technician.workingHours()
				.stream()
				.map(hours -> new WorkingHours(hours.day(), hours.from(), hours.to()))
				.distinct()
				.toList());
			entity.replaceTimeOff(technician.timeOff().stream().map(off -> new TimeOff(off.from(), off.to())).toList());
			technicians.save(entity);
		}
	}

}
