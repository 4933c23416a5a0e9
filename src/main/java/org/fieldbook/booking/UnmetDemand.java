package org.fieldbook.booking;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The portal searches that found no time, grouped by service type, territory and reason. */
@Service
public class UnmetDemand {

	/**
	 * One reason why searches for a service type in a territory found nothing.
	 *
	 * @param territory          the territory's external id, or null for an account without one
	 * @param reason             a {@code scheduling.Reason.Code} name, or null when the engine gave none
	 * @param subject            the reason's skill id, territory id or radius, or null
	 * @param level              the minimum level for {@code NO_SKILL}, else 0
	 * @param unmet              searches of the group that found nothing for this reason
	 * @param searches           every search for the service type in the territory, found or not
	 * @param fullyBookedUntil   the latest "fully booked until" date among them, or null
	 */
	public record Group(String serviceType, String serviceTypeName, String territory, String reason, String subject,
			int level, long unmet, long searches, LocalDate fullyBookedUntil) {
	}

	private final JdbcTemplate jdbc;

	UnmetDemand(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The groups of searches since that moment, the largest unmet count first. */
	@Transactional(readOnly = true)
	public List<Group> since(Instant from) {
		return jdbc.query("""
				WITH recent AS (SELECT * FROM slot_search_outcome WHERE searched_at >= ?),
				     totals AS (SELECT service_type_id, territory, count(*) AS searches FROM recent
				                 GROUP BY service_type_id, territory)
				SELECT st.external_id, coalesce(st.portal_name, st.name) AS name, r.territory, r.reason_code,
				       r.reason_subject, r.reason_level, count(*) AS unmet, t.searches, max(r.fully_booked_until) AS until
				  FROM recent r
				  JOIN totals t ON t.service_type_id = r.service_type_id AND t.territory IS NOT DISTINCT FROM r.territory
				  JOIN service_type st ON st.id = r.service_type_id
				 WHERE NOT r.found
				 GROUP BY st.external_id, st.portal_name, st.name, r.territory, r.reason_code, r.reason_subject, r.reason_level, t.searches
				 ORDER BY unmet DESC, st.external_id, r.territory, r.reason_code, r.reason_subject""",
				(rs, n) -> new Group(rs.getString("external_id"), rs.getString("name"), rs.getString("territory"),
						rs.getString("reason_code"), rs.getString("reason_subject"), rs.getInt("reason_level"),
						rs.getLong("unmet"), rs.getLong("searches"),
						rs.getObject("until", LocalDate.class)),
				Timestamp.from(from));
	}

}
