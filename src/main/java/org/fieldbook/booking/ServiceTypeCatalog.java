package org.fieldbook.booking;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fieldbook.system.LikePatterns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The service types customers may book themselves. */
@Service
public class ServiceTypeCatalog {

	/** Joins the portal name of the service type {@code st} in the language of the statement's first parameter. */
	static final String JOIN_NAME_IN_LANGUAGE = """
			  LEFT JOIN service_type_portal_name pn ON pn.service_type_id = st.id AND pn.language = ?
			""";

	/** The name the portal shows in that language: its own, else the default portal name, else the name. */
	static final String NAME_IN_LANGUAGE = "coalesce(pn.name, st.portal_name, st.name)";

	private static final RowMapper<ServiceTypeSummary> SUMMARY = (rs, n) -> new ServiceTypeSummary(rs.getLong(1),
			rs.getString(2), rs.getString(3));

	private final JdbcTemplate jdbc;

	ServiceTypeCatalog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The service types shown on the portal, by the name it shows in this language. */
	@Transactional(readOnly = true)
	public List<ServiceTypeChoice> onPortal(String language) {
		return jdbc.query("SELECT st.external_id, " + NAME_IN_LANGUAGE + " AS shown, st.duration_minutes FROM service_type st"
				+ JOIN_NAME_IN_LANGUAGE + " WHERE st.on_portal ORDER BY lower(" + NAME_IN_LANGUAGE + "), st.id",
				(rs, n) -> new ServiceTypeChoice(rs.getString(1), rs.getString(2), rs.getInt(3)), language);
	}

	/** The appointment with its service type named as the portal names it in this language. */
	@Transactional(readOnly = true)
	public Appointment inLanguage(Appointment appointment, String language) {
		if (appointment.serviceTypeId() == null) {
			return appointment;
		}
		Optional<String> name = jdbc.queryForList("SELECT " + NAME_IN_LANGUAGE + " FROM service_type st"
				+ JOIN_NAME_IN_LANGUAGE + " WHERE st.id = ?", String.class, language, appointment.serviceTypeId())
			.stream()
			.findFirst();
		return name.map(appointment::withServiceName).orElse(appointment);
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
