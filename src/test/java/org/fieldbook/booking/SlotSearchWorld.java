package org.fieldbook.booking;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's company, generated deterministically from a seed and loaded with plain JDBC: 5 territories
 * around Chicago and Denver, 8 skills, 10 service types, 2,000 technicians, 600 accounts and 25 bookings per
 * technician (50,000) between {@code firstDay} and {@code lastDay}. Each table is loaded with a few
 * {@code INSERT … SELECT FROM unnest(arrays)} statements (one array per column, a chunk of rows per statement),
 * sent as one JDBC batch; ids are explicit. Expects empty domain tables.
 */
final class SlotSearchWorld {

	static final int TECHNICIANS = 2_000;

	static final int SKILLS = 8;

	static final int TERRITORIES = 5;

	static final int SERVICE_TYPES = 10;

	static final int ACCOUNTS = 600;

	static final int BOOKINGS_PER_TECHNICIAN = 25;

	private static final int CHUNK = 10_000;

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private static final ZoneId DENVER = ZoneId.of("America/Denver");

	/** external id, city zone, centre latitude, centre longitude. */
	private record Territory(String id, ZoneId zone, double lat, double lon) {
	}

	private static final List<Territory> TERRITORY_LIST = List.of(new Territory("chi-north", CHICAGO, 42.05, -87.75),
			new Territory("chi-south", CHICAGO, 41.72, -87.62), new Territory("chi-west", CHICAGO, 41.86, -88.05),
			new Territory("den-north", DENVER, 39.88, -104.98), new Territory("den-south", DENVER, 39.60, -104.93));

	private static final List<String> SKILL_IDS = List.of("hvac", "plumbing", "electrical", "refrigeration", "boiler",
			"elevator", "appliance", "solar");

	/** external id → duration, crew size, required skills (index, min level). */
	private record ServiceTypeSpec(String id, int minutes, int crew, int[][] skills) {
	}

	private static final List<ServiceTypeSpec> SERVICE_TYPE_LIST = List.of(
			new ServiceTypeSpec("st-ac-check", 30, 1, new int[][] { { 0, 1 } }),
			new ServiceTypeSpec("st-ac-repair", 90, 1, new int[][] { { 0, 3 } }),
			new ServiceTypeSpec("st-leak", 60, 1, new int[][] { { 1, 2 } }),
			new ServiceTypeSpec("st-rewire", 240, 1, new int[][] { { 2, 4 } }),
			new ServiceTypeSpec("st-cold-room", 180, 1, new int[][] { { 3, 3 }, { 2, 2 } }),
			new ServiceTypeSpec("st-boiler", 120, 1, new int[][] { { 4, 5 } }),
			new ServiceTypeSpec("st-elevator", 150, 2, new int[][] { { 5, 3 } }),
			new ServiceTypeSpec("st-appliance", 45, 1, new int[][] { { 6, 1 } }),
			new ServiceTypeSpec("st-solar", 210, 1, new int[][] { { 7, 4 }, { 2, 3 } }),
			new ServiceTypeSpec("st-heat-pump", 120, 1, new int[][] { { 0, 4 }, { 1, 2 } }));

	/** What the benchmark draws its requests from. */
	record World(List<String> accounts, List<String> serviceTypes, Map<String, Integer> crewSizes, int technicians,
			int bookings, int timeOff) {
	}

	private final JdbcTemplate jdbc;

	private final Random random;

	private final LocalDate firstDay;

	private final LocalDate lastDay;

	/** What {@link #bookings()} needs of each technician: territory, weekly hours, dates with time off. */
	private record TechnicianPlan(int id, Territory territory, Map<DayOfWeek, LocalTime[]> week, Set<LocalDate> away) {
	}

	private final List<TechnicianPlan> technicianPlans = new ArrayList<>();

	SlotSearchWorld(JdbcTemplate jdbc, long seed, LocalDate firstDay, LocalDate lastDay) {
		this.jdbc = jdbc;
		this.random = new Random(seed);
		this.firstDay = firstDay;
		this.lastDay = lastDay;
	}

	World build() {
		insert("INSERT INTO territory (id, external_id, name) SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[])",
				TERRITORY_LIST.size(), new Column("bigint", i -> (long) i + 1),
				new Column("text", i -> TERRITORY_LIST.get(i).id()), new Column("text", i -> "Territory " + TERRITORY_LIST.get(i).id()));
		insert("INSERT INTO skill (id, external_id, name) SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[])", SKILLS,
				new Column("bigint", i -> (long) i + 1), new Column("text", SKILL_IDS::get), new Column("text", i -> "Skill " + SKILL_IDS.get(i)));
		serviceTypes();
		int timeOff = technicians();
		accounts();
		int bookings = bookings();
		for (String table : List.of("territory", "skill", "service_type", "technician", "account", "booking")) {
			jdbc.queryForObject("SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT max(id) FROM " + table + "))", Long.class, table);
		}
		Map<String, Integer> crews = new LinkedHashMap<>();
		SERVICE_TYPE_LIST.forEach(type -> crews.put(type.id(), type.crew()));
		List<String> accounts = new ArrayList<>();
		for (int i = 1; i <= ACCOUNTS; i++) {
			accounts.add(accountId(i));
		}
		return new World(accounts, List.copyOf(crews.keySet()), crews, TECHNICIANS, bookings, timeOff);
	}

	private void serviceTypes() {
		List<ServiceTypeSpec> types = SERVICE_TYPE_LIST;
		insert("""
				INSERT INTO service_type (id, external_id, name, on_portal, duration_minutes, crew_size)
				SELECT id, ext, name, true, minutes, crew FROM unnest(?::bigint[], ?::text[], ?::text[], ?::int[], ?::int[])
				    AS u(id, ext, name, minutes, crew)""", types.size(), new Column("bigint", i -> (long) i + 1),
				new Column("text", i -> types.get(i).id()), new Column("text", i -> "Service " + types.get(i).id()),
				new Column("int", i -> types.get(i).minutes()), new Column("int", i -> types.get(i).crew()));
		List<long[]> rows = new ArrayList<>();
		for (int t = 0; t < types.size(); t++) {
			for (int[] need : types.get(t).skills()) {
				rows.add(new long[] { t + 1, need[0] + 1, need[1] });
			}
		}
		insertLongs("INSERT INTO service_type_skill (service_type_id, skill_id, min_proficiency) "
				+ "SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::int[])", rows, "bigint", "bigint", "int");
	}

	/** Technicians with their skills, territories, hours and time off; answers how many time-off periods. */
	private int technicians() {
		List<Object[]> technicians = new ArrayList<>();
		List<long[]> skills = new ArrayList<>();
		List<long[]> territories = new ArrayList<>();
		List<Object[]> hours = new ArrayList<>();
		List<Object[]> timeOff = new ArrayList<>();
		for (int i = 1; i <= TECHNICIANS; i++) {
			int home = (i - 1) % TERRITORIES;
			Territory territory = TERRITORY_LIST.get(home);
			double lat = territory.lat() + (random.nextDouble() - 0.5) * 0.16;
			double lon = territory.lon() + (random.nextDouble() - 0.5) * 0.2;
			technicians.add(new Object[] { (long) i, technicianId(i), "Technician " + i, territory.zone().getId(), lat, lon });
			territories.add(new long[] { i, home + 1 });
			if (random.nextInt(10) == 0) {
				// a tenth also serve the neighbouring territory of the same city
				int other = home < 3 ? (home + 1) % 3 : 3 + (home - 2) % 2;
				territories.add(new long[] { i, other + 1 });
			}
			Set<Integer> own = new HashSet<>();
			while (own.size() < 3) {
				own.add(random.nextInt(SKILLS));
			}
			for (int skill : own) {
				skills.add(new long[] { i, skill + 1, 1 + random.nextInt(9) });
			}
			LocalTime open = random.nextInt(10) < 7 ? LocalTime.of(8, 0) : LocalTime.of(7, 0);
			LocalTime close = open.plusHours(9);
			Map<DayOfWeek, LocalTime[]> week = new LinkedHashMap<>();
			for (DayOfWeek day = DayOfWeek.MONDAY; day.getValue() <= 5; day = day.plus(1)) {
				week.put(day, new LocalTime[] { open, close });
			}
			if (random.nextInt(5) == 0) {
				week.put(DayOfWeek.SATURDAY, new LocalTime[] { LocalTime.of(8, 0), LocalTime.of(12, 0) });
			}
			for (Map.Entry<DayOfWeek, LocalTime[]> entry : week.entrySet()) {
				hours.add(new Object[] { (long) i, entry.getKey().getValue(), entry.getValue()[0].toString(),
						entry.getValue()[1].toString() });
			}
			Set<LocalDate> away = new HashSet<>();
			if (random.nextInt(100) < 15) {
				LocalDate from = firstDay.plusDays(random.nextInt(55));
				int days = 1 + random.nextInt(3);
				timeOff.add(new Object[] { (long) i, from.atStartOfDay().toString(), from.plusDays(days).atStartOfDay().toString() });
				for (int d = 0; d < days; d++) {
					away.add(from.plusDays(d));
				}
			}
			if (random.nextInt(100) < 5) {
				LocalDate on = firstDay.plusDays(random.nextInt(58));
				timeOff.add(new Object[] { (long) i, on.atTime(12, 0).toString(), on.atTime(17, 0).toString() });
				away.add(on);
			}
			technicianPlans.add(new TechnicianPlan(i, territory, week, away));
		}
		insertRows("""
				INSERT INTO technician (id, external_id, name, time_zone, home_lat, home_lon)
				SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[])""", technicians,
				"bigint", "text", "text", "text", "float8", "float8");
		insertLongs("INSERT INTO technician_territory (technician_id, territory_id) SELECT * FROM unnest(?::bigint[], ?::bigint[])",
				territories, "bigint", "bigint");
		insertLongs("INSERT INTO technician_skill (technician_id, skill_id, proficiency) "
				+ "SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::int[])", skills, "bigint", "bigint", "int");
		insertRows("""
				INSERT INTO technician_working_hours (technician_id, day_of_week, starts_at, ends_at)
				SELECT id, day, starts::time, ends::time FROM unnest(?::bigint[], ?::int[], ?::text[], ?::text[]) AS u(id, day, starts, ends)""",
				hours, "bigint", "int", "text", "text");
		insertRows("""
				INSERT INTO technician_time_off (technician_id, starts_at, ends_at)
				SELECT id, starts::timestamp, ends::timestamp FROM unnest(?::bigint[], ?::text[], ?::text[]) AS u(id, starts, ends)""",
				timeOff, "bigint", "text", "text");
		return timeOff.size();
	}

	private void accounts() {
		List<Object[]> accounts = new ArrayList<>();
		for (int i = 1; i <= ACCOUNTS; i++) {
			int index = random.nextInt(TERRITORIES);
			Territory territory = TERRITORY_LIST.get(index);
			double lat = territory.lat() + (random.nextDouble() - 0.5) * 0.2;
			double lon = territory.lon() + (random.nextDouble() - 0.5) * 0.25;
			accounts.add(new Object[] { (long) i, accountId(i), "Account " + i, territory.zone().getId(), (long) index + 1,
					(100 + i) + " Main Street", territory.zone() == CHICAGO ? "Chicago" : "Denver", lat, lon });
		}
		insertRows("""
				INSERT INTO account (id, external_id, name, time_zone, territory_id, address_line1, address_city,
				                     address_postal_code, address_country, address_lat, address_lon)
				SELECT id, ext, name, zone, territory, line1, city, '00000', 'US', lat, lon
				  FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::float8[], ?::float8[])
				    AS u(id, ext, name, zone, territory, line1, city, lat, lon)""", accounts, "bigint", "text", "text", "text",
				"bigint", "text", "text", "float8", "float8");
	}

	/**
	 * 25 bookings per technician on working days of the window, inside the day's working hours, never
	 * overlapping one another, never on a day with time off, near the technician's territory.
	 */
	private int bookings() {
		int[] durations = { 30, 60, 90, 120, 150, 180, 240 };
		List<Object[]> bookings = new ArrayList<>();
		List<long[]> assignments = new ArrayList<>();
		for (TechnicianPlan plan : technicianPlans) {
			List<LocalDate> workdays = new ArrayList<>();
			for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
				if (plan.week().containsKey(day.getDayOfWeek()) && !plan.away().contains(day)) {
					workdays.add(day);
				}
			}
			Map<LocalDate, List<int[]>> taken = new LinkedHashMap<>();
			int made = 0;
			while (made < BOOKINGS_PER_TECHNICIAN) {
				LocalDate day = workdays.get(random.nextInt(workdays.size()));
				LocalTime[] hours = plan.week().get(day.getDayOfWeek());
				int open = hours[0].toSecondOfDay() / 60;
				int close = hours[1].toSecondOfDay() / 60;
				int minutes = durations[random.nextInt(durations.length)];
				if (minutes > close - open) {
					continue;
				}
				int start = open + 30 * random.nextInt((close - open - minutes) / 30 + 1);
				int end = start + minutes;
				List<int[]> busy = taken.computeIfAbsent(day, d -> new ArrayList<>());
				if (busy.stream().anyMatch(other -> start < other[1] && other[0] < end)) {
					continue;
				}
				busy.add(new int[] { start, end });
				ZoneId zone = plan.territory().zone();
				Instant from = ZonedDateTime.of(day, LocalTime.ofSecondOfDay(start * 60L), zone).toInstant();
				Instant to = ZonedDateTime.of(day, LocalTime.ofSecondOfDay(end * 60L), zone).toInstant();
				long id = bookings.size() + 1L;
				double lat = plan.territory().lat() + (random.nextDouble() - 0.5) * 0.2;
				double lon = plan.territory().lon() + (random.nextDouble() - 0.5) * 0.25;
				bookings.add(new Object[] { id, from.toString(), to.toString(), lat, lon });
				assignments.add(new long[] { id, plan.id() });
				made++;
			}
		}
		insertRows("""
				INSERT INTO booking (id, source, starts_at, ends_at, location_lat, location_lon, status)
				SELECT id, 'IMPORT', starts::timestamptz, ends::timestamptz, lat, lon, 'SCHEDULED'
				  FROM unnest(?::bigint[], ?::text[], ?::text[], ?::float8[], ?::float8[]) AS u(id, starts, ends, lat, lon)""",
				bookings, "bigint", "text", "text", "float8", "float8");
		// the ledger's trigger copies each booking's period and active flag; its exclusion constraint checks them
		insertLongs("INSERT INTO booking_assignment (booking_id, technician_id) SELECT * FROM unnest(?::bigint[], ?::bigint[])",
				assignments, "bigint", "bigint");
		return bookings.size();
	}

	static String accountId(int i) {
		return "acc-%04d".formatted(i);
	}

	static String technicianId(int i) {
		return "tech-%04d".formatted(i);
	}

	// loading ----------------------------------------------------------------------------------------

	private record Column(String type, IntFunction<Object> value) {
	}

	private void insertLongs(String sql, List<long[]> rows, String... types) {
		List<Object[]> boxed = rows.stream().map(row -> {
			Object[] values = new Object[row.length];
			for (int c = 0; c < row.length; c++) {
				values[c] = types[c].equals("int") ? (Object) (int) row[c] : (Object) row[c];
			}
			return values;
		}).toList();
		insertRows(sql, boxed, types);
	}

	private void insertRows(String sql, List<Object[]> rows, String... types) {
		Column[] columns = new Column[types.length];
		for (int c = 0; c < types.length; c++) {
			int column = c;
			columns[c] = new Column(types[c], i -> rows.get(i)[column]);
		}
		insert(sql, rows.size(), columns);
	}

	/** One statement per chunk of rows, all chunks in one JDBC batch; each parameter is one column's array. */
	private void insert(String sql, int rows, Column... columns) {
		int chunks = (rows + CHUNK - 1) / CHUNK;
		jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int chunk) throws SQLException {
				int from = chunk * CHUNK;
				int to = Math.min(rows, from + CHUNK);
				for (int c = 0; c < columns.length; c++) {
					Object[] values = new Object[to - from];
					for (int i = from; i < to; i++) {
						values[i - from] = columns[c].value().apply(i);
					}
					ps.setArray(c + 1, ps.getConnection().createArrayOf(columns[c].type(), values));
				}
			}

			@Override
			public int getBatchSize() {
				return chunks;
			}

		});
	}

}
