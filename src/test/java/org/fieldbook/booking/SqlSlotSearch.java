package org.fieldbook.booking;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's baseline: the slot search written the way most booking systems write it, as ONE
 * PostgreSQL query. Candidate starts come from {@code generate_series} every slot step over the window (the
 * account's first date at local midnight to the day after its last date, stepped on the UTC timeline);
 * they are joined with the qualified technicians (every required skill at ≥ its level, serving the account's
 * territory), with their working hours (day of week and time of day on the technician's clock, {@code AT TIME
 * ZONE}), and kept when {@code NOT EXISTS} time off and {@code NOT EXISTS} an active booking_assignment
 * period ({@code &&} with a tstzrange) is in the way.
 * <p>
 * It ignores travel time between jobs and crews (a start with one free technician counts even for a crew of
 * two), so what it offers is a superset of what the slot engine offers.
 */
final class SqlSlotSearch {

	static final String SQL = """
			WITH req AS (
			    SELECT st.id AS service_type_id,
			           make_interval(mins => st.duration_minutes) AS duration,
			           a.time_zone AS zone,
			           a.territory_id,
			           make_interval(mins => ps.slot_step_minutes) AS step,
			           (?::timestamptz AT TIME ZONE a.time_zone)::date + ps.min_lead_days AS first_day,
			           (?::timestamptz AT TIME ZONE a.time_zone)::date + ps.max_lead_days AS last_day,
			           ?::timestamptz AS now
			      FROM service_type st, account a, portal_settings ps
			     WHERE st.external_id = ? AND a.external_id = ?
			),
			qualified AS (
			    SELECT t.id, t.external_id, t.time_zone
			      FROM technician t, req
			     WHERE t.active
			       AND NOT EXISTS (SELECT 1 FROM service_type_skill sts
			                        WHERE sts.service_type_id = req.service_type_id
			                          AND NOT EXISTS (SELECT 1 FROM technician_skill ts
			                                           WHERE ts.technician_id = t.id AND ts.skill_id = sts.skill_id
			                                             AND ts.proficiency >= sts.min_proficiency))
			       AND (req.territory_id IS NULL
			            OR EXISTS (SELECT 1 FROM technician_territory tt
			                        WHERE tt.technician_id = t.id AND tt.territory_id = req.territory_id))
			),
			candidate AS (
			    SELECT s AS starts_at, s + req.duration AS ends_at
			      FROM req,
			           generate_series(req.first_day::timestamp AT TIME ZONE req.zone,
			                           (req.last_day + 1)::timestamp AT TIME ZONE req.zone - req.step,
			                           req.step) AS s
			     WHERE s >= req.now
			)
			SELECT c.starts_at, array_agg(q.external_id ORDER BY q.external_id) AS technicians
			  FROM candidate c
			 CROSS JOIN qualified q
			  JOIN technician_working_hours wh
			    ON wh.technician_id = q.id
			   AND wh.day_of_week = extract(isodow FROM c.starts_at AT TIME ZONE q.time_zone)
			   AND (c.starts_at AT TIME ZONE q.time_zone) >= (c.starts_at AT TIME ZONE q.time_zone)::date + wh.starts_at
			   AND (c.ends_at AT TIME ZONE q.time_zone) <= (c.starts_at AT TIME ZONE q.time_zone)::date + wh.ends_at
			 WHERE NOT EXISTS (SELECT 1 FROM technician_time_off o
			                    WHERE o.technician_id = q.id
			                      AND o.starts_at < (c.ends_at AT TIME ZONE q.time_zone)
			                      AND o.ends_at > (c.starts_at AT TIME ZONE q.time_zone))
			   AND NOT EXISTS (SELECT 1 FROM booking_assignment ba
			                    WHERE ba.active AND ba.technician_id = q.id
			                      AND ba.period && tstzrange(c.starts_at, c.ends_at))
			 GROUP BY c.starts_at
			 ORDER BY c.starts_at""";

	private final JdbcTemplate jdbc;

	SqlSlotSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Offered start → the free technicians' external ids, in start order. */
	Map<Instant, List<String>> search(String serviceType, String account, Instant now) {
		Map<Instant, List<String>> starts = new LinkedHashMap<>();
		Object at = now.atOffset(ZoneOffset.UTC);
		jdbc.query(SQL, rs -> {
			starts.put(rs.getTimestamp(1).toInstant(), Arrays.asList((String[]) rs.getArray(2).getArray()));
		}, at, at, at, serviceType, account);
		return starts;
	}

}
