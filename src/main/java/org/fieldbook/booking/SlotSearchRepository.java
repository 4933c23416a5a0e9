package org.fieldbook.booking;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fieldbook.scheduling.BookedJob;
import org.fieldbook.scheduling.GeoPoint;
import org.fieldbook.scheduling.LocalPeriod;
import org.fieldbook.scheduling.Resource;
import org.fieldbook.scheduling.SkillRequirement;
import org.fieldbook.scheduling.WeeklyHours;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Loads what one slot search needs, and only that, in a fixed number of queries: the technicians that have
 * the skills and serve the territory, then their skills, territories, hours, time off and bookings for all
 * of them at once.
 */
@Repository
class SlotSearchRepository {

	record ServiceTypeRow(long id, int durationMinutes, int crewSize, List<SkillRequirement> skills) {
	}

	record AccountRow(long id, ZoneId zone, String territory, GeoPoint location) {
	}

	private final JdbcTemplate jdbc;

	SlotSearchRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ServiceTypeRow> serviceType(String externalId) {
		List<ServiceTypeRow> rows = jdbc.query("""
				SELECT st.id, st.duration_minutes, st.crew_size,
				       array_remove(array_agg(s.external_id ORDER BY s.external_id), NULL) AS skills,
				       array_remove(array_agg(sts.min_proficiency ORDER BY s.external_id), NULL) AS levels
				  FROM service_type st
				  LEFT JOIN service_type_skill sts ON sts.service_type_id = st.id
				  LEFT JOIN skill s ON s.id = sts.skill_id
				 WHERE st.external_id = ?
				 GROUP BY st.id""", (rs, n) -> {
			String[] skills = (String[]) rs.getArray("skills").getArray();
			Integer[] levels = toIntegers(rs.getArray("levels"));
			List<SkillRequirement> needs = new ArrayList<>();
			for (int i = 0; i < skills.length; i++) {
				needs.add(new SkillRequirement(skills[i], levels[i]));
			}
			return new ServiceTypeRow(rs.getLong("id"), rs.getInt("duration_minutes"), rs.getInt("crew_size"), needs);
		}, externalId);
		return rows.stream().findFirst();
	}

	/** An active account; an inactive one is not offered service. */
	Optional<AccountRow> account(String externalId) {
		return jdbc.query("""
				SELECT a.id, a.time_zone, t.external_id AS territory, a.address_lat, a.address_lon
				  FROM account a LEFT JOIN territory t ON t.id = a.territory_id
				 WHERE a.external_id = ? AND a.active""",
				(rs, n) -> new AccountRow(rs.getLong("id"), ZoneId.of(rs.getString("time_zone")), rs.getString("territory"),
						new GeoPoint(rs.getDouble("address_lat"), rs.getDouble("address_lon"))),
				externalId)
			.stream()
			.findFirst();
	}

	/** Where the job is for an asset of the account: its functional location, else the account's address. */
	Optional<GeoPoint> assetLocation(long accountId, String assetExternalId) {
		return jdbc.query("""
				SELECT coalesce(fl.address_lat, a.address_lat) AS lat, coalesce(fl.address_lon, a.address_lon) AS lon
				  FROM customer_asset ca
				  JOIN account a ON a.id = ca.account_id
				  LEFT JOIN functional_location fl ON fl.id = ca.functional_location_id
				 WHERE ca.external_id = ? AND ca.account_id = ?""",
				(rs, n) -> new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")), assetExternalId, accountId)
			.stream()
			.findFirst();
	}

	/** Active technicians with every required skill at its level, serving the territory when there is one. */
	List<TechnicianRow> skilledTechnicians(List<SkillRequirement> skills, String territory) {
		StringBuilder sql = new StringBuilder("SELECT t.id, t.external_id, t.time_zone, t.home_lat, t.home_lon FROM technician t WHERE t.active");
		List<Object> args = new ArrayList<>();
		for (SkillRequirement need : skills) {
			sql.append(" AND EXISTS (SELECT 1 FROM technician_skill ts JOIN skill s ON s.id = ts.skill_id")
				.append(" WHERE ts.technician_id = t.id AND s.external_id = ? AND ts.proficiency >= ?)");
			args.add(need.skill());
			args.add(need.minLevel());
		}
		if (territory != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM technician_territory tt JOIN territory r ON r.id = tt.territory_id")
				.append(" WHERE tt.technician_id = t.id AND r.external_id = ?)");
			args.add(territory);
		}
		return jdbc.query(sql.toString(), TechnicianRow.MAPPER, args.toArray());
	}

	List<TechnicianRow> allActiveTechnicians() {
		return jdbc.query("SELECT t.id, t.external_id, t.time_zone, t.home_lat, t.home_lon FROM technician t WHERE t.active",
				TechnicianRow.MAPPER);
	}

	/** Skills and territories only: enough to say why nobody qualifies. */
	List<Resource> profiles(List<TechnicianRow> technicians) {
		return resources(technicians, Map.of(), Map.of(), Map.of());
	}

	/**
	 * Everything the engine needs of these technicians, with their time off and bookings between from and to,
	 * leaving out one booking (null: none): the one being moved.
	 */
	List<Resource> calendars(List<TechnicianRow> technicians, Instant from, Instant to, Long withoutBooking) {
		if (technicians.isEmpty()) {
			return List.of();
		}
		Long[] ids = ids(technicians);
		Map<Long, List<WeeklyHours>> hours = new HashMap<>();
		jdbc.query("SELECT technician_id, day_of_week, starts_at, ends_at FROM technician_working_hours WHERE technician_id = ANY(?)",
				ps -> ps.setArray(1, bigints(ps.getConnection(), ids)),
				rs -> {
					hours.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
						.add(new WeeklyHours(DayOfWeek.of(rs.getInt(2)), rs.getTime(3).toLocalTime(), rs.getTime(4).toLocalTime()));
				});
		Map<Long, List<LocalPeriod>> timeOff = new HashMap<>();
		LocalDateTime localFrom = LocalDateTime.ofInstant(from, ZoneId.of("UTC")).minusDays(2);
		LocalDateTime localTo = LocalDateTime.ofInstant(to, ZoneId.of("UTC")).plusDays(2);
		jdbc.query("SELECT technician_id, starts_at, ends_at FROM technician_time_off WHERE technician_id = ANY(?) "
				+ "AND starts_at < ? AND ends_at > ?", ps -> {
					ps.setArray(1, bigints(ps.getConnection(), ids));
					ps.setTimestamp(2, Timestamp.valueOf(localTo));
					ps.setTimestamp(3, Timestamp.valueOf(localFrom));
				}, rs -> {
					timeOff.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
						.add(new LocalPeriod(rs.getTimestamp(2).toLocalDateTime(), rs.getTimestamp(3).toLocalDateTime()));
				});
		Map<Long, List<BookedJob>> bookings = new HashMap<>();
		jdbc.query("""
				SELECT ba.technician_id, b.starts_at, b.ends_at, b.location_lat, b.location_lon
				  FROM booking_assignment ba JOIN booking b ON b.id = ba.booking_id
				 WHERE ba.active AND ba.technician_id = ANY(?) AND ba.period && tstzrange(?, ?) AND b.id <> ?""", ps -> {
			ps.setArray(1, bigints(ps.getConnection(), ids));
			ps.setObject(2, from.atOffset(ZoneOffset.UTC));
			ps.setObject(3, to.atOffset(ZoneOffset.UTC));
			ps.setLong(4, withoutBooking == null ? -1 : withoutBooking);
		}, rs -> {
			bookings.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new BookedJob(rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(),
						new GeoPoint(rs.getDouble(4), rs.getDouble(5))));
		});
		return resources(technicians, hours, timeOff, bookings);
	}

	private List<Resource> resources(List<TechnicianRow> technicians, Map<Long, List<WeeklyHours>> hours,
			Map<Long, List<LocalPeriod>> timeOff, Map<Long, List<BookedJob>> bookings) {
		if (technicians.isEmpty()) {
			return List.of();
		}
		Long[] ids = ids(technicians);
		Map<Long, Map<String, Integer>> skills = new HashMap<>();
		jdbc.query("SELECT ts.technician_id, s.external_id, ts.proficiency FROM technician_skill ts JOIN skill s ON s.id = ts.skill_id "
				+ "WHERE ts.technician_id = ANY(?)", ps -> ps.setArray(1, bigints(ps.getConnection(), ids)), rs -> {
					skills.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
				});
		Map<Long, Set<String>> territories = new HashMap<>();
		jdbc.query("SELECT tt.technician_id, r.external_id FROM technician_territory tt JOIN territory r ON r.id = tt.territory_id "
				+ "WHERE tt.technician_id = ANY(?)", ps -> ps.setArray(1, bigints(ps.getConnection(), ids)), rs -> {
					territories.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
				});
		Map<Long, Resource> resources = new LinkedHashMap<>();
		for (TechnicianRow row : technicians) {
			resources.put(row.id(), new Resource(row.externalId(), row.zone(), row.home(),
					territories.getOrDefault(row.id(), Set.of()), skills.getOrDefault(row.id(), Map.of()),
					hours.getOrDefault(row.id(), List.of()), timeOff.getOrDefault(row.id(), List.of()),
					bookings.getOrDefault(row.id(), List.of())));
		}
		return List.copyOf(resources.values());
	}

	private static Long[] ids(List<TechnicianRow> technicians) {
		return technicians.stream().map(TechnicianRow::id).toArray(Long[]::new);
	}

	private static Array bigints(Connection connection, Long[] ids) throws SQLException {
		return connection.createArrayOf("bigint", ids);
	}

	private static Integer[] toIntegers(Array array) throws SQLException {
		Object values = array.getArray();
		if (values instanceof Integer[] integers) {
			return integers;
		}
		Short[] shorts = (Short[]) values;
		Integer[] integers = new Integer[shorts.length];
		for (int i = 0; i < shorts.length; i++) {
			integers[i] = shorts[i].intValue();
		}
		return integers;
	}

	record TechnicianRow(long id, String externalId, ZoneId zone, GeoPoint home) {

		static final RowMapper<TechnicianRow> MAPPER = (rs, n) -> new TechnicianRow(rs.getLong("id"),
				rs.getString("external_id"), ZoneId.of(rs.getString("time_zone")),
				new GeoPoint(rs.getDouble("home_lat"), rs.getDouble("home_lon")));

	}

}
