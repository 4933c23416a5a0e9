package org.fieldbook.workforce;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's territories. Accounts and technicians refer to them, so they are deactivated, never deleted: an
 * inactive territory is given to no technician anew, those who serve it keep it.
 */
@Service
public class TerritoryAdministration {

	/** A territory with how many technicians serve it; the zone is null until someone sets it. */
	public record Details(long id, String externalId, String name, String timeZone, boolean active, int technicians) {
	}

	/** What to write: a new territory needs all but {@code active}; in a change a null keeps what is there. */
	public record Change(String externalId, String name, String timeZone, Boolean active) {
	}

	/** A territory to choose, in the order of its name. */
	public record Option(long id, String externalId, String name, boolean active) {
	}

	private static final String KIND = "territory";

	private static final String SELECT = """
			SELECT x.id, x.external_id, x.name, x.time_zone, x.active,
			       (SELECT count(*) FROM technician_territory tt WHERE tt.territory_id = x.id) AS technicians""";

	private static final RowMapper<Details> DETAILS = (rs, row) -> new Details(rs.getLong("id"), rs.getString("external_id"),
			rs.getString("name"), rs.getString("time_zone"), rs.getBoolean("active"), rs.getInt("technicians"));

	private final TerritoryRepository territories;

	private final JdbcClient jdbc;

	TerritoryAdministration(TerritoryRepository territories, JdbcClient jdbc) {
		this.territories = territories;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public WorkforcePage<Details> find(WorkforceQuery query) {
		return WorkforceLists.page(jdbc, SELECT, "territory", query, List.of(), List.of(), DETAILS);
	}

	@Transactional(readOnly = true)
	public List<Option> options() {
		return jdbc.sql("SELECT id, external_id, name, active FROM territory ORDER BY lower(name), id")
			.query((rs, row) -> new Option(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Details> details(long id) {
		return jdbc.sql(SELECT + " FROM territory x WHERE x.id = ?").param(id).query(DETAILS).optional();
	}

	/** @throws ExternalIdTakenException when another territory has its external id */
	@Transactional
	public Details create(Change change) {
		FieldChecks checks = new FieldChecks();
		checks.text("externalId", change.externalId(), 100);
		check(checks, change);
		if (territories.findByExternalId(change.externalId()).isPresent()) {
			throw new ExternalIdTakenException(KIND, change.externalId());
		}
		return write(new Territory(change.externalId()), change);
	}

	@Transactional
	public Details change(long id, Change change) {
		Territory territory = territory(id);
		Change complete = new Change(territory.getExternalId(), change.name() == null ? territory.getName() : change.name(),
				change.timeZone() == null ? territory.getTimeZone() : change.timeZone(),
				change.active() == null ? territory.isActive() : change.active());
		check(new FieldChecks(), complete);
		return write(territory, complete);
	}

	@Transactional
	public Details deactivate(long id) {
		Territory territory = territory(id);
		return write(territory, new Change(territory.getExternalId(), territory.getName(), territory.getTimeZone(), false));
	}

	private static void check(FieldChecks checks, Change change) {
		checks.text("name", change.name(), 200);
		checks.zone("timeZone", change.timeZone());
		checks.refuseAny();
	}

	private Territory territory(long id) {
		return territories.findById(id).orElseThrow(() -> new WorkforceRecordNotFoundException(KIND, id));
	}

	private Details write(Territory territory, Change change) {
		territory.describe(change.name().strip(), change.timeZone(), change.active() == null || change.active());
		long id = territories.saveAndFlush(territory).getId();
		return details(id).orElseThrow();
	}

}
