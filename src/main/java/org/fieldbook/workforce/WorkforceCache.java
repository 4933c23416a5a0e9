package org.fieldbook.workforce;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fieldbook.scheduling.GeoPoint;
import org.fieldbook.scheduling.LocalPeriod;
import org.fieldbook.scheduling.WeeklyHours;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What slot search keeps of the workforce between requests: every active technician with skills, territories, home,
 * hours and time off, and the ids of skills and territories, as of one workforce version
 * ({@code workforce_version()}, counted up by every statement that changes those tables, on any node). Loaded again
 * when a caller has seen a newer version in the database; one load at a time. Held by {@link Workforce}.
 */
final class WorkforceCache {

	/** A technician as kept: the profile, skill levels and territories by id, and the calendar. */
	record Member(TechnicianProfile profile, Map<Long, Integer> levels, Set<Long> territoryIds, List<WeeklyHours> hours,
			List<LocalPeriod> timeOff) {
	}

	/**
	 * @param uncommitted read by a transaction that changed the workforce itself: right for that transaction only, so
	 *                    never kept for others (it may still roll back)
	 */
	record Snapshot(long version, boolean uncommitted, Map<Long, String> skills, Map<Long, String> territories,
			List<Member> technicians) {
	}

	private final JdbcTemplate jdbc;

	private volatile Snapshot current;

	WorkforceCache(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The copy kept, loaded first when there is none. */
	Snapshot any() {
		Snapshot snapshot = current;
		return snapshot != null ? snapshot : atLeast(Long.MIN_VALUE);
	}

	/** A copy as of this version of the database or a later one. */
	Snapshot atLeast(long version) {
		Snapshot snapshot = current;
		if (snapshot != null && snapshot.version() >= version) {
			return snapshot;
		}
		synchronized (this) {
			snapshot = current;
			if (snapshot == null || snapshot.version() < version) {
				snapshot = load();
				if (!snapshot.uncommitted()) {
					current = snapshot;
				}
			}
			return snapshot;
		}
	}

	/**
	 * The version is read first: a change committed while the tables are read is then in the copy already, and the
	 * newer version the database shows next makes the copy load again, needlessly but never wrongly.
	 */
	private Snapshot load() {
		// xmin is the transaction that wrote the row last; txid_current_if_assigned() is null for one that wrote nothing.
		record Head(long version, boolean uncommitted) {
		}
		Head head = jdbc.queryForObject("""
				SELECT version, coalesce(xmin::text::bigint = txid_current_if_assigned() % 4294967296, false)
				  FROM workforce_change WHERE id = 1""", (rs, n) -> new Head(rs.getLong(1), rs.getBoolean(2)));
		Map<Long, String> skills = ids("SELECT id, external_id FROM skill");
		Map<Long, String> territories = ids("SELECT id, external_id FROM territory");
		Map<Long, Map<Long, Integer>> levels = new HashMap<>();
		jdbc.query("SELECT technician_id, skill_id, proficiency FROM technician_skill", rs -> {
			levels.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3));
		});
		Map<Long, Set<Long>> serves = new HashMap<>();
		jdbc.query("SELECT technician_id, territory_id FROM technician_territory", rs -> {
			serves.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2));
		});
		Map<Long, List<WeeklyHours>> hours = new HashMap<>();
		jdbc.query("SELECT technician_id, day_of_week, starts_at, ends_at FROM technician_working_hours", rs -> {
			hours.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new WeeklyHours(DayOfWeek.of(rs.getInt(2)), rs.getTime(3).toLocalTime(), rs.getTime(4).toLocalTime()));
		});
		Map<Long, List<LocalPeriod>> timeOff = new HashMap<>();
		jdbc.query("SELECT technician_id, starts_at, ends_at FROM technician_time_off", rs -> {
			timeOff.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new LocalPeriod(rs.getTimestamp(2).toLocalDateTime(), rs.getTimestamp(3).toLocalDateTime()));
		});
		List<Member> technicians = jdbc.query(
				"SELECT id, external_id, time_zone, home_lat, home_lon FROM technician WHERE active ORDER BY id", (rs, n) -> {
					long id = rs.getLong(1);
					Map<Long, Integer> byId = levels.getOrDefault(id, Map.of());
					Map<String, Integer> byExternalId = new HashMap<>();
					byId.forEach((skill, level) -> byExternalId.put(skills.get(skill), level));
					Set<Long> territoryIds = serves.getOrDefault(id, Set.of());
					Set<String> territoryExternalIds = new HashSet<>();
					territoryIds.forEach(territory -> territoryExternalIds.add(territories.get(territory)));
					TechnicianProfile profile = new TechnicianProfile(id, rs.getString(2), ZoneId.of(rs.getString(3)),
							new GeoPoint(rs.getDouble(4), rs.getDouble(5)), byExternalId, territoryExternalIds);
					return new Member(profile, Map.copyOf(byId), Set.copyOf(territoryIds),
							List.copyOf(hours.getOrDefault(id, List.of())), List.copyOf(timeOff.getOrDefault(id, List.of())));
				});
		return new Snapshot(head.version(), head.uncommitted(), Map.copyOf(skills), Map.copyOf(territories),
				List.copyOf(technicians));
	}

	private Map<Long, String> ids(String sql) {
		Map<Long, String> ids = new HashMap<>();
		jdbc.query(sql, rs -> {
			ids.put(rs.getLong(1), rs.getString(2));
		});
		return ids;
	}

}
