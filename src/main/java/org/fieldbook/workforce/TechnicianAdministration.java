package org.fieldbook.workforce;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's technicians: found, read, created and changed one at a time. A change is written at once, and
 * the slot search reads the technicians anew on every search, so the next search follows it. Technicians are never
 * deleted, as bookings name them: a deactivated one is no longer offered ({@link Workforce} loads active ones only).
 */
@Service
public class TechnicianAdministration {

	/** A row of the list: its territories by name, how many skills it has. */
	public record Summary(long id, String externalId, String name, boolean active, String timeZone,
			List<String> territories, int skills) {
	}

	/** A technician with everything the back office edits; hours and time off on its own clock. */
	public record Details(long id, String externalId, String name, boolean active, String timeZone, double homeLat,
			double homeLon, List<Proficiency> skills, List<Period> hours, List<Absence> timeOff, List<Long> territories) {
	}

	/**
	 * What to write: for a new technician everything but the lists is needed (no list is an empty one); for a change a
	 * null keeps what is there, the external id is never changed.
	 */
	public record Change(String externalId, String name, Boolean active, String timeZone, Double homeLat, Double homeLon,
			List<Proficiency> skills, List<Period> hours, List<Absence> timeOff, List<Long> territories) {

		Change over(Details current) {
			return new Change(current.externalId(), or(name, current.name()), or(active, current.active()),
					or(timeZone, current.timeZone()), or(homeLat, current.homeLat()), or(homeLon, current.homeLon()),
					or(skills, current.skills()), or(hours, current.hours()), or(timeOff, current.timeOff()),
					or(territories, current.territories()));
		}

		private static <T> T or(T value, T current) {
			return value == null ? current : value;
		}

	}

	/** A level from 0 to 10 in the skill of that id. */
	public record Proficiency(Long skill, Integer level) {
	}

	/** Weekly working hours on one day, from inclusive to exclusive. */
	public record Period(DayOfWeek day, LocalTime from, LocalTime to) {
	}

	/** Time off, from inclusive to exclusive. */
	public record Absence(LocalDateTime from, LocalDateTime to) {
	}

	private static final String KIND = "technician";

	private final TechnicianRepository technicians;

	private final JdbcClient jdbc;

	private final TechnicianRules rules;

	TechnicianAdministration(TechnicianRepository technicians, JdbcClient jdbc, TechnicianRules rules) {
		this.technicians = technicians;
		this.jdbc = jdbc;
		this.rules = rules;
	}

	@Transactional(readOnly = true)
	public WorkforcePage<Summary> find(WorkforceQuery query) {
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (query.territoryId() != null) {
			conditions.add("EXISTS (SELECT 1 FROM technician_territory q WHERE q.technician_id = x.id AND q.territory_id = ?)");
			params.add(query.territoryId());
		}
		return WorkforceLists.page(jdbc, """
				SELECT x.id, x.external_id, x.name, x.active, x.time_zone,
				       coalesce((SELECT array_agg(r.name ORDER BY lower(r.name)) FROM technician_territory tt
				                   JOIN territory r ON r.id = tt.territory_id WHERE tt.technician_id = x.id), '{}') AS territories,
				       (SELECT count(*) FROM technician_skill ts WHERE ts.technician_id = x.id) AS skills""",
				"technician", query, conditions, params,
				(rs, row) -> new Summary(rs.getLong("id"), rs.getString("external_id"), rs.getString("name"),
						rs.getBoolean("active"), rs.getString("time_zone"),
						Arrays.asList((String[]) rs.getArray("territories").getArray()), rs.getInt("skills")));
	}

	@Transactional(readOnly = true)
	public Optional<Details> details(long id) {
		return technicians.findById(id).map(TechnicianAdministration::details);
	}

	/** @throws ExternalIdTakenException when another technician has its external id */
	@Transactional
	public Details create(Change change) {
		Change complete = new Change(change.externalId(), change.name(), change.active() == null || change.active(),
				change.timeZone(), change.homeLat(), change.homeLon(), orNone(change.skills()), orNone(change.hours()),
				orNone(change.timeOff()), orNone(change.territories()));
		rules.check(complete, true, Set.of(), Set.of());
		if (technicians.findByExternalId(complete.externalId()).isPresent()) {
			throw new ExternalIdTakenException(KIND, complete.externalId());
		}
		return write(new Technician(complete.externalId()), complete);
	}

	@Transactional
	public Details change(long id, Change change) {
		Technician technician = technician(id);
		Details current = details(technician);
		Change complete = change.over(current);
		rules.check(complete, false, current.skills().stream().map(Proficiency::skill).collect(Collectors.toSet()),
				Set.copyOf(current.territories()));
		return write(technician, complete);
	}

	@Transactional
	public Details deactivate(long id) {
		Technician technician = technician(id);
		technician.activate(false);
		return details(technicians.saveAndFlush(technician));
	}

	private Technician technician(long id) {
		return technicians.findById(id).orElseThrow(() -> new WorkforceRecordNotFoundException(KIND, id));
	}

	private Details write(Technician technician, Change change) {
		technician.describe(change.name().strip(), ZoneId.of(change.timeZone()), change.homeLat(), change.homeLon());
		technician.activate(change.active());
		technician.replaceSkills(change.skills().stream().map(skill -> new SkillLevel(skill.skill(), skill.level())).toList());
		technician.replaceWorkingHours(
				change.hours().stream().map(hours -> new WorkingHours(hours.day(), hours.from(), hours.to())).toList());
		technician.replaceTimeOff(change.timeOff().stream().map(off -> new TimeOff(off.from(), off.to())).toList());
		technician.replaceTerritories(change.territories());
		return details(technicians.saveAndFlush(technician));
	}

	private static Details details(Technician technician) {
		return new Details(technician.getId(), technician.getExternalId(), technician.getName(), technician.isActive(),
				technician.getTimeZone().getId(), technician.getHomeLat(), technician.getHomeLon(),
				technician.getSkills().stream().map(level -> new Proficiency(level.skillId(), level.proficiency()))
					.sorted(Comparator.comparing(Proficiency::skill)).toList(),
				technician.getWorkingHours().stream().map(hours -> new Period(hours.day(), hours.startsAt(), hours.endsAt()))
					.sorted(Comparator.comparing(Period::day).thenComparing(Period::from)).toList(),
				technician.getTimeOff().stream().map(off -> new Absence(off.startsAt(), off.endsAt()))
					.sorted(Comparator.comparing(Absence::from)).toList(),
				technician.getTerritoryIds().stream().sorted().toList());
	}

	private static <T> List<T> orNone(List<T> list) {
		return list == null ? List.of() : list;
	}

}
