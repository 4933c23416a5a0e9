package org.fieldbook.booking;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The service types customers may book themselves. */
@Service
public class ServiceTypeCatalog {

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

	/** How many service types there are, on the portal or not. */
	@Transactional(readOnly = true)
	public long count() {
		return jdbc.queryForObject("SELECT count(*) FROM service_type", Long.class);
	}

}
