package org.fieldbook.booking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fieldbook.booking.InvalidServiceTypeException.FieldProblem;
import org.fieldbook.customer.Languages;
import org.fieldbook.workforce.SkillSummary;
import org.fieldbook.workforce.Workforce;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's side of the service types: the list, one type's setup, and a change to what the portal shows
 * (on or off, the display name per language), what a visit needs (duration, crew size, skills) and whether it is
 * promised at an exact time or in arrival windows. The name and the external id stay those of the company's systems.
 * A change takes effect at once: the portal reads the table.
 */
@Service
public class ServiceTypeAdministration {

	public static final int PAGE_SIZE = 50;

	public static final int MIN_DURATION = 5;

	public static final int MAX_DURATION = 1440;

	public static final int MAX_CREW = 20;

	public static final int MAX_LEVEL = 10;

	public static final int MAX_NAME = 200;

	/** The language of {@code service_type.portal_name}, the default of the others. */
	public static final String DEFAULT_LANGUAGE = Languages.SUPPORTED.get(0);

	/**
	 * A row of the list; {@code portalName} is the default name the portal shows.
	 *
	 * @param arrivalWindows {@link ArrivalWindows#text()}: null for exact times
	 */
	public record Line(String externalId, String name, String portalName, boolean onPortal, int durationMinutes,
			int crewSize, String arrivalWindows, int requiredSkills) {
	}

	/** One page of the list; {@code page} counts from 1. */
	public record Page(List<Line> items, int page, int pages, long total) {
	}

	/** A skill the type needs, by the skill's external id, at a minimum level (0 to 10). */
	public record SkillLevel(String skill, int minLevel) {
	}

	/**
	 * A service type as the back office edits it.
	 *
	 * @param portalNames    the display names set, by language; the default one under {@code en}; none: the name shows
	 * @param arrivalWindows {@link ArrivalWindows#text()}: null for exact times
	 */
	public record Details(String externalId, String name, boolean onPortal, Map<String, String> portalNames,
			int durationMinutes, int crewSize, String arrivalWindows, List<SkillLevel> skills) {
	}

	/**
	 * A change; a null field is left as it is.
	 *
	 * @param portalNames    the languages named get this display name, a blank one removes it (the default then shows)
	 * @param arrivalWindows as {@link ArrivalWindows#parse} reads them: blank for exact times
	 * @param skills         when given, the whole set of required skills: skill external id → minimum level
	 */
	public record Change(Boolean onPortal, Map<String, String> portalNames, Integer durationMinutes, Integer crewSize,
			String arrivalWindows, Map<String, Integer> skills) {
	}

	/** A field that a change moved, with its old and new value as the audit log shows them. */
	public record Changed(String field, String oldValue, String newValue) {
	}

	public record Outcome(Details details, List<Changed> changed) {
	}

	private final ServiceTypeRepository serviceTypes;

	private final Workforce workforce;

	private final JdbcClient jdbc;

	ServiceTypeAdministration(ServiceTypeRepository serviceTypes, Workforce workforce, JdbcClient jdbc) {
		this.serviceTypes = serviceTypes;
		this.workforce = workforce;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Page find(ServiceTypeFilter filter, int page) {
		List<String> conditions = new ArrayList<>(List.of("TRUE"));
		List<Object> params = new ArrayList<>();
		if (filter.text() != null) {
			conditions.add("""
					(strpos(lower(st.name), lower(?)) > 0 OR strpos(lower(coalesce(st.portal_name, '')), lower(?)) > 0
					 OR strpos(lower(st.external_id), lower(?)) > 0
					 OR EXISTS (SELECT 1 FROM service_type_portal_name pn
					             WHERE pn.service_type_id = st.id AND strpos(lower(pn.name), lower(?)) > 0))""");
			params.addAll(List.of(filter.text(), filter.text(), filter.text(), filter.text()));
		}
		if (filter.portal() != null) {
			conditions.add("st.on_portal = ?");
			params.add(filter.portal());
		}
		String where = " WHERE " + String.join(" AND ", conditions);
		long total = jdbc.sql("SELECT count(*) FROM service_type st" + where).params(params).query(Long.class).single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(page, 1), pages);
		List<Object> paging = new ArrayList<>(params);
		paging.add(PAGE_SIZE);
		paging.add((long) (shown - 1) * PAGE_SIZE);
		List<Line> items = jdbc.sql("""
				SELECT st.external_id, st.name, coalesce(st.portal_name, st.name) AS portal_name, st.on_portal,
				       st.duration_minutes, st.crew_size, st.arrival_windows,
				       (SELECT count(*) FROM service_type_skill s WHERE s.service_type_id = st.id) AS skills
				  FROM service_type st""" + where + " ORDER BY " + filter.order().orderBy + " LIMIT ? OFFSET ?")
			.params(paging)
			.query((rs, n) -> new Line(rs.getString("external_id"), rs.getString("name"), rs.getString("portal_name"),
					rs.getBoolean("on_portal"), rs.getInt("duration_minutes"), rs.getInt("crew_size"),
					rs.getString("arrival_windows"), rs.getInt("skills")))
			.list();
		return new Page(items, shown, pages, total);
	}

	@Transactional(readOnly = true)
	public Optional<Details> details(String externalId) {
		return serviceTypes.findByExternalId(externalId).map(type -> details(type, skillsById()));
	}

	/**
	 * Checks every field of the change and writes it.
	 *
	 * @throws ServiceTypeNotFoundException when there is no such service type
	 * @throws InvalidServiceTypeException  naming every field that is not acceptable; then nothing is written
	 */
	@Transactional
	public Outcome change(String externalId, Change change) {
		ServiceType type = serviceTypes.findByExternalId(externalId)
			.orElseThrow(() -> new ServiceTypeNotFoundException(externalId));
		Map<Long, SkillSummary> skillsById = skillsById();
		Map<String, SkillSummary> skillsByExternalId = skillsById.values()
			.stream()
			.collect(Collectors.toMap(SkillSummary::externalId, Function.identity()));
		Details before = details(type, skillsById);
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, String> names = names(before.portalNames(), change.portalNames(), problems);
		int duration = Optional.ofNullable(change.durationMinutes()).orElse(before.durationMinutes());
		if (duration < MIN_DURATION || duration > MAX_DURATION) {
			problems.add(new FieldProblem("durationMinutes", "serviceType.invalid.duration", digits(MIN_DURATION),
					digits(MAX_DURATION)));
		}
		int crew = Optional.ofNullable(change.crewSize()).orElse(before.crewSize());
		if (crew < 1 || crew > MAX_CREW) {
			problems.add(new FieldProblem("crewSize", "serviceType.invalid.crewSize", digits(1), digits(MAX_CREW)));
		}
		ArrivalWindows windows = change.arrivalWindows() == null ? type.getArrivalWindows()
				: arrivalWindows(change.arrivalWindows(), problems);
		List<RequiredSkill> skills = change.skills() == null ? null
				: requiredSkills(change.skills(), skillsByExternalId, problems);
		if (!problems.isEmpty()) {
			throw new InvalidServiceTypeException(problems);
		}
		type.configure(Optional.ofNullable(change.onPortal()).orElse(before.onPortal()), Duration.ofMinutes(duration), crew);
		Map<String, String> others = new HashMap<>(names);
		type.renameOnPortal(others.remove(DEFAULT_LANGUAGE), others);
		type.promise(windows);
		if (skills != null) {
			type.replaceRequiredSkills(skills);
		}
		serviceTypes.save(type);
		Details after = details(type, skillsById);
		return new Outcome(after, changed(before, after));
	}

	private static Map<String, String> names(Map<String, String> current, Map<String, String> change,
			List<FieldProblem> problems) {
		Map<String, String> names = new HashMap<>(current);
		if (change == null) {
			return names;
		}
		change.forEach((language, name) -> {
			String field = "portalNames[" + language + "]";
			String given = name == null ? "" : name.strip();
			if (!Languages.SUPPORTED.contains(language)) {
				problems.add(new FieldProblem(field, "serviceType.invalid.language", String.join(", ", Languages.SUPPORTED)));
			}
			else if (given.length() > MAX_NAME) {
				problems.add(new FieldProblem(field, "serviceType.invalid.nameTooLong", digits(MAX_NAME)));
			}
			else if (given.isEmpty()) {
				names.remove(language);
			}
			else {
				names.put(language, given);
			}
		});
		return names;
	}

	/** The windows the text says, or exact times when it is blank; null with a problem when it says neither. */
	private static ArrivalWindows arrivalWindows(String text, List<FieldProblem> problems) {
		Optional<ArrivalWindows> windows = ArrivalWindows.tryParse(text);
		if (windows.isEmpty()) {
			problems.add(new FieldProblem("arrivalWindows", "serviceType.invalid.arrivalWindows",
					ArrivalWindows.EXAMPLE_LIST, ArrivalWindows.EXAMPLE_GRID));
		}
		return windows.orElse(null);
	}

	private static List<RequiredSkill> requiredSkills(Map<String, Integer> levels, Map<String, SkillSummary> skills,
			List<FieldProblem> problems) {
		List<RequiredSkill> required = new ArrayList<>();
		levels.forEach((skill, level) -> {
			String field = "skills[" + skill + "]";
			if (!skills.containsKey(skill)) {
				problems.add(new FieldProblem(field, "serviceType.invalid.skill"));
			}
			else if (level == null || level < 0 || level > MAX_LEVEL) {
				problems.add(new FieldProblem(field, "serviceType.invalid.level", digits(0), digits(MAX_LEVEL)));
			}
			else {
				required.add(new RequiredSkill(skills.get(skill).id(), level));
			}
		});
		return required;
	}

	/** A limit as the form's field takes it, not formatted for a language ("1440", not "1,440"). */
	private static String digits(int limit) {
		return Integer.toString(limit);
	}

	private Map<Long, SkillSummary> skillsById() {
		return workforce.skills().stream().collect(Collectors.toMap(SkillSummary::id, Function.identity()));
	}

	private static Details details(ServiceType type, Map<Long, SkillSummary> skills) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String language : Languages.SUPPORTED) {
			String name = DEFAULT_LANGUAGE.equals(language) ? type.getDefaultPortalName() : type.getPortalNames().get(language);
			if (name != null) {
				names.put(language, name);
			}
		}
		List<SkillLevel> levels = type.getRequiredSkills()
			.stream()
			.map(skill -> new SkillLevel(skills.get(skill.skillId()).externalId(), skill.minProficiency()))
			.sorted(Comparator.comparing(SkillLevel::skill))
			.toList();
		return new Details(type.getExternalId(), type.getName(), type.isOnPortal(), names,
				Math.toIntExact(type.getDuration().toMinutes()), type.getCrewSize(), type.getArrivalWindows().text(),
				levels);
	}

	private static List<Changed> changed(Details before, Details after) {
		List<Changed> changed = new ArrayList<>();
		moved(changed, "onPortal", before.onPortal(), after.onPortal());
		for (String language : Languages.SUPPORTED) {
			moved(changed, "portalNames[" + language + "]", before.portalNames().get(language),
					after.portalNames().get(language));
		}
		moved(changed, "durationMinutes", before.durationMinutes(), after.durationMinutes());
		moved(changed, "crewSize", before.crewSize(), after.crewSize());
		moved(changed, "arrivalWindows", times(before.arrivalWindows()), times(after.arrivalWindows()));
		moved(changed, "skills", levels(before.skills()), levels(after.skills()));
		return List.copyOf(changed);
	}

	private static void moved(List<Changed> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(new Changed(field, before == null ? "–" : before.toString(), after == null ? "–" : after.toString()));
		}
	}

	/** "08:00-12:00, 12:00-16:00", or "exact times". */
	private static String times(String arrivalWindows) {
		return arrivalWindows == null ? "exact times" : arrivalWindows;
	}

	/** "gas ≥ 1, electrics ≥ 3", or "none". */
	private static String levels(List<SkillLevel> skills) {
		return skills.isEmpty() ? "none"
				: skills.stream().map(skill -> skill.skill() + " ≥ " + skill.minLevel()).collect(Collectors.joining(", "));
	}

}
