package org.fieldbook.booking;

import java.util.Collection;
import java.util.List;

import org.fieldbook.system.LikePatterns;
import org.springframework.jdbc.core.RowMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The service types customers may book themselves. */
@Service
public class ServiceTypeCatalog {

	private static final RowMapper<ServiceTypeSummary> SUMMARY = (rs, n) -> new ServiceTypeSummary(rs.getLong(1),
			rs.getString(2), rs.getString(3));

	private final JdbcTemplate jdbc;

	ServiceTypeCatalog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The service types shown on the portal, by the name it shows. */
	@Transactional(readOnly = true)
	public List<ServiceTypeChoice> onPortal() {
		return jdbc.query("""
				SELECT external_id, coalesce(portal_name, name), duration_minutes FROM service_type
				 WHERE on_portal ORDER BY coalesce(portal_name, name)""",
				(rs, n) -> new ServiceTypeChoice(rs.getString(1), rs.getString(2), rs.getInt(3)));
	}

	/** Service types, on the portal or not, whose name or external id contains {@code text} in any case, by name. */
	@Transactional(readOnly = true)
	public List<ServiceTypeSummary> search(String text, int limit) {
		String pattern = LikePatterns.containing(text);
		return jdbc.query("""
				SELECT id, external_id, name FROM service_type WHERE name ILIKE ? OR external_id ILIKE ?
				 ORDER BY name, external_id LIMIT ?""", SUMMARY, pattern, pattern, limit);
	}

	/** Service types by id, by name; ids of deleted ones are missing from the answer. */
	@Transactional(readOnly = true)
	public List<ServiceTypeSummary> summaries(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.query("SELECT id, external_id, name FROM service_type WHERE id = ANY(?) ORDER BY name, external_id",
				SUMMARY, (Object) ids.toArray(Long[]::new));
	}

	/** How many service types there are, on the portal or not. */
	@Transactional(readOnly = true)
	public long count() {
		return jdbc.queryForObject("SELECT count(*) FROM service_type", Long.class);
	}

}
