package org.fieldbook.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.fieldbook.scheduling.Reason.Code;

/**
 * Which technicians may do the job at all (skills, territory, radius), and, when nothing can be offered,
 * the first rule that stood in the way.
 */
record Qualification(List<Resource> all, List<Resource> skilled, List<Resource> inTerritory, List<Resource> qualified) {

	static Qualification of(SlotRequest request, Collection<Resource> technicians) {
		List<Resource> all = technicians.stream().sorted(Comparator.comparing(Resource::id)).toList();
		List<Resource> skilled = all.stream().filter(technician -> hasSkills(technician, request)).toList();
		List<Resource> inTerritory = skilled.stream()
			.filter(technician -> request.territory() == null || technician.territories().contains(request.territory()))
			.toList();
		List<Resource> qualified = inTerritory.stream().filter(technician -> withinRadius(technician, request)).toList();
		return new Qualification(all, skilled, inTerritory, qualified);
	}

	static boolean hasSkills(Resource technician, SlotRequest request) {
		return request.skills().stream().allMatch(need -> level(technician, need.skill()) >= need.minLevel());
	}

	static boolean withinRadius(Resource technician, SlotRequest request) {
		return request.radiusKm() == 0
				|| HaversineTravelTime.distanceKm(technician.home(), request.location()) <= request.radiusKm();
	}

	/** The sum of the technician's levels in the required skills. */
	static int proficiency(Resource technician, SlotRequest request) {
		return request.skills().stream().mapToInt(need -> Math.max(0, level(technician, need.skill()))).sum();
	}

	private static int level(Resource technician, String skill) {
		return technician.skills().getOrDefault(skill, -1);
	}

	List<Reason> reasons(SlotRequest request, LocalDate lastDate) {
		if (skilled.isEmpty()) {
			List<Reason> missing = new ArrayList<>();
			for (SkillRequirement need : request.skills()) {
				if (all.stream().noneMatch(technician -> level(technician, need.skill()) >= need.minLevel())) {
					int lower = (int) all.stream().filter(technician -> technician.skills().containsKey(need.skill())).count();
					missing.add(new Reason(Code.NO_SKILL, need.skill(), need.minLevel(), lower, null));
				}
			}
			return missing.isEmpty() ? List.of(new Reason(Code.NO_SKILLS_TOGETHER, null, 0, 0, null)) : missing;
		}
		if (inTerritory.isEmpty()) {
			return List.of(new Reason(Code.NOT_IN_TERRITORY, request.territory(), 0, skilled.size(), null));
		}
		if (qualified.isEmpty()) {
			return List.of(new Reason(Code.OUTSIDE_RADIUS, String.valueOf(request.radiusKm()), 0, inTerritory.size(), null));
		}
		if (qualified.size() < request.crewSize()) {
			return List.of(new Reason(Code.CREW_TOO_SMALL, null, 0, qualified.size(), null));
		}
		return List.of(new Reason(Code.FULLY_BOOKED, null, 0, qualified.size(), lastDate));
	}

}
