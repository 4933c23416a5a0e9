package org.fieldbook.booking;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fieldbook.scheduling.BookedJob;
import org.fieldbook.scheduling.GeoPoint;
import org.fieldbook.workforce.SkillNeed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Booking's part of a slot search, one query each: the service type, and the bookings that hold the technicians. */
@Repository
class SlotSearchRepository {

	record ServiceTypeRow(long id, boolean onPortal, int durationMinutes, int crewSize, List<SkillNeed> skills,
			ArrivalWindows arrivalWindows) {
	}

	private final JdbcTemplate jdbc;

	SlotSearchRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ServiceTypeRow> serviceType(String externalId) {
		List<ServiceTypeRow> rows = jdbc.query("""
				SELECT st.id, st.on_portal, st.duration_minutes, st.crew_size, st.arrival_windows,
				       array_remove(array_agg(sts.skill_id ORDER BY sts.skill_id), NULL) AS skills,
				       array_remove(array_agg(sts.min_proficiency::int ORDER BY sts.skill_id), NULL) AS levels
				  FROM service_type st
				  LEFT JOIN service_type_skill sts ON sts.service_type_id = st.id
				 WHERE st.external_id = ?
				 GROUP BY st.id""", (rs, n) -> {
			Long[] skills = (Long[]) rs.getArray("skills").getArray();
			Integer[] levels = (Integer[]) rs.getArray("levels").getArray();
			List<SkillNeed> needs = new ArrayList<>();
			for (int i = 0; i < skills.length; i++) {
				needs.add(new SkillNeed(skills[i], levels[i]));
			}
			return new ServiceTypeRow(rs.getLong("id"), rs.getBoolean("on_portal"), rs.getInt("duration_minutes"),
					rs.getInt("crew_size"), needs, ArrivalWindows.parse(rs.getString("arrival_windows")));
		}, externalId);
		return rows.stream().findFirst();
	}

	/**
	 * The active bookings of these technicians, by technician id, and the workforce version they were read with.
	 *
	 * @param workforceVersion {@code workforce_version()} in the same statement as the bookings: what the workforce's
	 *                         copy of technicians and calendars must be as new as
	 */
	record Bookings(long workforceVersion, Map<Long, List<BookedJob>> byTechnician) {
	}

	/**
	 * The active bookings of these technicians between from and to, leaving out some (the one being moved, a hold
	 * being passed on), each technician's in time order (as the engine walks them); with the workforce version of the same
	 * moment, also when there are none.
	 */
	Bookings bookings(Collection<Long> technicianIds, Instant from, Instant to, Collection<Long> leftOut) {
		Map<Long, List<BookedJob>> bookings = new HashMap<>();
		long[] version = new long[1];
		jdbc.query("""
				SELECT ba.technician_id, b.starts_at, b.ends_at, b.location_lat, b.location_lon, NULL::bigint
				  FROM booking_assignment ba JOIN booking b ON b.id = ba.booking_id
				 WHERE ba.active AND ba.technician_id = ANY(?) AND ba.period && tstzrange(?, ?) AND b.id <> ALL(?)
				 UNION ALL
				SELECT NULL, NULL, NULL, NULL, NULL, workforce_version()
				 ORDER BY 2 NULLS LAST""", ps -> {
			ps.setArray(1, ps.getConnection().createArrayOf("bigint", technicianIds.toArray(Long[]::new)));
			ps.setObject(2, from.atOffset(ZoneOffset.UTC));
			ps.setObject(3, to.atOffset(ZoneOffset.UTC));
			ps.setArray(4, ps.getConnection().createArrayOf("bigint", leftOut.toArray(Long[]::new)));
		}, rs -> {
			if (rs.getObject(1) == null) {
				version[0] = rs.getLong(6);
			}
			else {
				bookings.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new BookedJob(rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(),
							new GeoPoint(rs.getDouble(4), rs.getDouble(5))));
			}
		});
		return new Bookings(version[0], bookings);
	}

}
