package org.fieldbook.workforce;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fieldbook.scheduling.GeoPoint;
import org.fieldbook.scheduling.LocalPeriod;
import org.fieldbook.scheduling.SkillRequirement;
import org.fieldbook.scheduling.WeeklyHours;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may know of the technicians: who qualifies for a job, their profiles and calendars, their
 * external ids, and the lock that a reservation takes on them. Each answer is one query, however many technicians
 * it is about, or comes from the copy that slot search keeps ({@link WorkforceCache}).
 */
@Service
public class Workforce {

	private static final String SUMMARY = "SELECT t.id, t.external_id, t.name, t.time_zone, t.home_lat, t.home_lon FROM technician t";

	/** For {@link #qualified}: any version of the copy kept will do. */
	public static final long ANY_VERSION = Long.MIN_VALUE;

	private final JdbcTemplate jdbc;

	private final WorkforceCache cache;

	public Workforce(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.cache = new WorkforceCache(jdbc);
	}

	/**
	 * Who may do a job (every needed skill at its level, serving the territory when there is one), the needs in the
	 * skills' external ids, the territory's external id, and their hours and time off as {@link #workingTimes} would
	 * give them, from the copy kept in memory, as of {@code version} or later (loaded again when
	 * older, or when it does not know a skill or territory asked about). A caller compares the answer's version with
	 * {@code workforce_version()} read in the same query as its bookings, and asks again with the newer one.
	 */
	public QualifiedTechnicians qualified(Collection<SkillNeed> needs, Long territoryId, Instant from, Instant to,
			long version) {
		WorkforceCache.Snapshot snapshot = version == ANY_VERSION ? cache.any() : cache.atLeast(version);
		if (!knows(snapshot, needs, territoryId)) {
			snapshot = cache.atLeast(snapshot.version() + 1);
		}
		WorkforceCache.Snapshot kept = snapshot;
		List<SkillRequirement> requirements = needs.stream()
			.map(need -> new SkillRequirement(kept.skills().get(need.skillId()), need.minLevel()))
			.sorted(Comparator.comparing(SkillRequirement::skill))
			.toList();
		LocalDateTime localFrom = LocalDateTime.ofInstant(from, ZoneOffset.UTC).minusDays(2);
		LocalDateTime localTo = LocalDateTime.ofInstant(to, ZoneOffset.UTC).plusDays(2);
		List<TechnicianProfile> technicians = new ArrayList<>();
		Map<Long, WorkingTime> times = new HashMap<>();
		for (WorkforceCache.Member member : kept.technicians()) {
			if (qualifies(member, needs, territoryId)) {
				technicians.add(member.profile());
				times.put(member.profile().id(), new WorkingTime(member.hours(), member.timeOff()
					.stream()
					.filter(period -> period.from().isBefore(localTo) && period.to().isAfter(localFrom))
					.toList()));
			}
		}
		return new QualifiedTechnicians(kept.version(), requirements,
				territoryId == null ? null : kept.territories().get(territoryId), technicians, times);
	}

	private static boolean knows(WorkforceCache.Snapshot snapshot, Collection<SkillNeed> needs, Long territoryId) {
		return needs.stream().allMatch(need -> snapshot.skills().containsKey(need.skillId()))
				&& (territoryId == null || snapshot.territories().containsKey(territoryId));
	}

	private static boolean qualifies(WorkforceCache.Member member, Collection<SkillNeed> needs, Long territoryId) {
		for (SkillNeed need : needs) {
			Integer level = member.levels().get(need.skillId());
			if (level == null || level < need.minLevel()) {
				return false;
			}
		}
		return territoryId == null || member.territoryIds().contains(territoryId);
	}

	/** Every active technician, by id, from the copy kept in memory. */
	public List<TechnicianProfile> activeTechnicians() {
		return cache.any().technicians().stream().map(WorkforceCache.Member::profile).toList();
	}

	/**
	 * The weekly hours of these technicians, and their time off that may fall between from and to on some clock:
	 * time off is local to each technician, so the window is widened by two days each side.
	 */
	public Map<Long, WorkingTime> workingTimes(Collection<Long> technicianIds, Instant from, Instant to) {
		if (technicianIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<WeeklyHours>> hours = new HashMap<>();
		jdbc.query("SELECT technician_id, day_of_week, starts_at, ends_at FROM technician_working_hours WHERE technician_id = ANY(?)",
				bigints(technicianIds),
				rs -> {
					hours.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
						.add(new WeeklyHours(DayOfWeek.of(rs.getInt(2)), rs.getTime(3).toLocalTime(), rs.getTime(4).toLocalTime()));
				});
		Map<Long, List<LocalPeriod>> timeOff = new HashMap<>();
		LocalDateTime localFrom = LocalDateTime.ofInstant(from, ZoneOffset.UTC).minusDays(2);
		LocalDateTime localTo = LocalDateTime.ofInstant(to, ZoneOffset.UTC).plusDays(2);
		jdbc.query("SELECT technician_id, starts_at, ends_at FROM technician_time_off WHERE technician_id = ANY(?) "
				+ "AND starts_at < ? AND ends_at > ?", ps -> {
					bigints(technicianIds).setValues(ps);
					ps.setTimestamp(2, Timestamp.valueOf(localTo));
					ps.setTimestamp(3, Timestamp.valueOf(localFrom));
				}, rs -> {
					timeOff.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
						.add(new LocalPeriod(rs.getTimestamp(2).toLocalDateTime(), rs.getTimestamp(3).toLocalDateTime()));
				});
		Map<Long, WorkingTime> times = new HashMap<>();
		for (Long id : technicianIds) {
			times.put(id, new WorkingTime(hours.getOrDefault(id, List.of()), timeOff.getOrDefault(id, List.of())));
		}
		return times;
	}

	/**
	 * Locks the active ones of these technicians until the caller's transaction ends, in id order so that two
	 * reservations never wait on each other.
	 *
	 * @return their ids, in id order; inactive or unknown external ids are left out
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Long> lockActive(Collection<String> externalIds) {
		return jdbc.queryForList("SELECT id FROM technician WHERE external_id = ANY(?) AND active ORDER BY id FOR UPDATE",
				Long.class, (Object) externalIds.toArray(String[]::new));
	}

	/** Technician id → external id. */
	public Map<Long, String> externalIds(Collection<Long> technicianIds) {
		if (technicianIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> externalIds = new HashMap<>();
		jdbc.query("SELECT id, external_id FROM technician WHERE id = ANY(?)", bigints(technicianIds), rs -> {
			externalIds.put(rs.getLong(1), rs.getString(2));
		});
		return externalIds;
	}

	/** Territory external id → name, for the ids that exist. */
	public Map<String, String> territoryNames(Collection<String> externalIds) {
		return names("SELECT external_id, name FROM territory WHERE external_id = ANY(?)", externalIds);
	}

	/** Territory id → name, for the ids that exist, active or not. */
	public Map<Long, String> territoryNamesById(Collection<Long> territoryIds) {
		Map<Long, String> names = new HashMap<>();
		if (!territoryIds.isEmpty()) {
			jdbc.query("SELECT id, name FROM territory WHERE id = ANY(?)", bigints(territoryIds),
					rs -> {
						names.put(rs.getLong(1), rs.getString(2));
					});
		}
		return names;
	}

	/** Every skill, by name: what a service type may require. */
	public List<SkillSummary> skills() {
		return jdbc.query("SELECT id, external_id, name FROM skill ORDER BY lower(name), id",
				(rs, n) -> new SkillSummary(rs.getLong(1), rs.getString(2), rs.getString(3)));
	}

	/** Skill external id → name, for the ids that exist. */
	public Map<String, String> skillNames(Collection<String> externalIds) {
		return names("SELECT external_id, name FROM skill WHERE external_id = ANY(?)", externalIds);
	}

	private Map<String, String> names(String sql, Collection<String> externalIds) {
		Map<String, String> names = new HashMap<>();
		if (!externalIds.isEmpty()) {
			jdbc.query(sql, rs -> {
				names.put(rs.getString(1), rs.getString(2));
			}, (Object) externalIds.toArray(String[]::new));
		}
		return names;
	}

	private static PreparedStatementSetter bigints(Collection<Long> ids) {
		return ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray(Long[]::new)));
	}

	/** Every active territory with its clock (its own zone, else the one most of its technicians work in), by name. */
	public List<TerritorySummary> territories() {
		return jdbc.query("""
				SELECT r.id, r.external_id, r.name,
				       coalesce(r.time_zone, (SELECT t.time_zone FROM technician_territory tt JOIN technician t ON t.id = tt.technician_id
				         WHERE tt.territory_id = r.id AND t.active
				         GROUP BY t.time_zone ORDER BY count(*) DESC, min(t.id) LIMIT 1)) AS zone
				  FROM territory r WHERE r.active ORDER BY r.name, r.id""",
				(rs, n) -> new TerritorySummary(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getString(4) == null ? ZoneOffset.UTC : ZoneId.of(rs.getString(4))));
	}

	/** The active technicians serving the territory, by name. */
	public List<TechnicianSummary> techniciansOf(long territoryId) {
		return jdbc.query(SUMMARY + """
				  JOIN technician_territory tt ON tt.technician_id = t.id AND tt.territory_id = ?
				 WHERE t.active ORDER BY t.name, t.id""", (rs, n) -> summary(rs), territoryId);
	}

	/** The active technician with this external id. */
	public Optional<TechnicianSummary> technician(String externalId) {
		return jdbc.query(SUMMARY + " WHERE t.external_id = ? AND t.active", (rs, n) -> summary(rs), externalId)
			.stream()
			.findFirst();
	}

	/** Technicians by id, active or not, for lists of other features' records that name them. */
	public Map<Long, TechnicianSummary> technicians(Collection<Long> technicianIds) {
		Map<Long, TechnicianSummary> technicians = new HashMap<>();
		if (!technicianIds.isEmpty()) {
			jdbc.query(SUMMARY + " WHERE t.id = ANY(?)", bigints(technicianIds), rs -> {
				technicians.put(rs.getLong("id"), summary(rs));
			});
		}
		return technicians;
	}

	/** The active ones of these technicians, in the order of the external ids given. */
	public List<TechnicianSummary> techniciansByExternalId(List<String> externalIds) {
		if (externalIds.isEmpty()) {
			return List.of();
		}
		return jdbc.query(SUMMARY + " WHERE t.external_id = ANY(?) AND t.active ORDER BY array_position(?, t.external_id::text)",
				(rs, n) -> summary(rs), externalIds.toArray(String[]::new), externalIds.toArray(String[]::new));
	}

	private static TechnicianSummary summary(ResultSet rs) throws SQLException {
		return new TechnicianSummary(rs.getLong("id"), rs.getString("external_id"), rs.getString("name"),
				ZoneId.of(rs.getString("time_zone")), new GeoPoint(rs.getDouble("home_lat"), rs.getDouble("home_lon")));
	}

	/** How many technicians there are, active or not. */
	public long countTechnicians() {
		return jdbc.queryForObject("SELECT count(*) FROM technician", Long.class);
	}

}
