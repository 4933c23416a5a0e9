package org.fieldbook.workforce;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's skills. Service types and technicians refer to them, so they are deactivated, never deleted: an
 * inactive skill is given to no technician anew, those who have it keep it, and service types still require it.
 * A technician's level in a skill is a number from 0 to 10; skills have no named levels.
 */
@Service
public class SkillAdministration {

	/** A skill with how many technicians have it. */
	public record Details(long id, String externalId, String name, boolean active, int technicians) {
	}

	/** What to write: a new skill needs all but {@code active}; in a change a null keeps what is there. */
	public record Change(String externalId, String name, Boolean active) {
	}

	/** A skill to choose, in the order of its name. */
	public record Option(long id, String externalId, String name, boolean active) {
	}

	private static final String KIND = "skill";

	private static final String SELECT = """
			SELECT x.id, x.external_id, x.name, x.active,
			       (SELECT count(*) FROM technician_skill ts WHERE ts.skill_id = x.id) AS technicians""";

	private static final RowMapper<Details> DETAILS = (rs, row) -> new Details(rs.getLong("id"), rs.getString("external_id"),
			rs.getString("name"), rs.getBoolean("active"), rs.getInt("technicians"));

	private final SkillRepository skills;

	private final JdbcClient jdbc;

	SkillAdministration(SkillRepository skills, JdbcClient jdbc) {
		this.skills = skills;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public WorkforcePage<Details> find(WorkforceQuery query) {
		return WorkforceLists.page(jdbc, SELECT, "skill", query, List.of(), List.of(), DETAILS);
	}

	@Transactional(readOnly = true)
	public List<Option> options() {
		return jdbc.sql("SELECT id, external_id, name, active FROM skill ORDER BY lower(name), id")
			.query((rs, row) -> new Option(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Details> details(long id) {
		return jdbc.sql(SELECT + " FROM skill x WHERE x.id = ?").param(id).query(DETAILS).optional();
	}

	/** @throws ExternalIdTakenException when another skill has its external id */
	@Transactional
	public Details create(Change change) {
		FieldChecks checks = new FieldChecks();
		checks.text("externalId", change.externalId(), 100);
		checks.text("name", change.name(), 200);
		checks.refuseAny();
		if (skills.findByExternalId(change.externalId()).isPresent()) {
			throw new ExternalIdTakenException(KIND, change.externalId());
		}
		return write(new Skill(change.externalId()), change.name(), change.active() == null || change.active());
	}

	@Transactional
	public Details change(long id, Change change) {
		Skill skill = skill(id);
		String name = change.name() == null ? skill.getName() : change.name();
		FieldChecks checks = new FieldChecks();
		checks.text("name", name, 200);
		checks.refuseAny();
		return write(skill, name, change.active() == null ? skill.isActive() : change.active());
	}

	@Transactional
	public Details deactivate(long id) {
		Skill skill = skill(id);
		return write(skill, skill.getName(), false);
	}

	private Skill skill(long id) {
		return skills.findById(id).orElseThrow(() -> new WorkforceRecordNotFoundException(KIND, id));
	}

	private Details write(Skill skill, String name, boolean active) {
		skill.describe(name.strip(), active);
		long id = skills.saveAndFlush(skill).getId();
		return details(id).orElseThrow();
	}

}
