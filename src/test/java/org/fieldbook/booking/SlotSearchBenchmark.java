package org.fieldbook.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.fieldbook.booking.SlotSearchWorld.World;
import org.fieldbook.scheduling.ArrivalWindow;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.scheduling.SlotDay;
import org.fieldbook.scheduling.SlotEngine;
import org.fieldbook.scheduling.SlotRequest;
import org.fieldbook.scheduling.SlotSearchResult;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Slot search at scale: 2,000 technicians, 8 skills, 5 territories, a 60-day window and 50,000 bookings, on
 * its own fresh embedded PostgreSQL. 100 warm-up requests, then 1,000 measured random requests (random
 * account, random service type, a fixed {@code now}), each timed three ways:
 * <ul>
 * <li>{@code engine}: {@link SlotEngine#search} alone, single-threaded, on data loaded beforehand for that
 * request by the service's own loading step ({@code SlotSearchService.prepare});</li>
 * <li>{@code service}: {@link SlotSearchService#search} as the API runs it, PostgreSQL loading plus engine;</li>
 * <li>{@code sql}: the same search as one PostgreSQL query ({@link SqlSlotSearch}); it ignores travel time and
 * crews and steps in UTC, so it does less than the engine. Timed after the others, on every tenth request.</li>
 * </ul>
 * Prints one {@code slot-search …} line with p50/p95 in milliseconds and {@code speedup_p50} = sql p50 ÷
 * service p50, a {@code slot-search-windows …} line with the same figures on the same requests in arrival windows
 * (four hours from 08:00 to 20:00: the engine on the loaded data, the service with every service type holding those
 * windows, the SQL baseline's starts grouped into them), and a {@code slot-search note:} line. Timings are reported, never asserted; what is asserted is
 * that the answers are sane. Run with {@code ./mvnw -Pbench verify}.
 */
// A mock web environment, not NONE: Camunda's REST starter needs a servlet context to start.
@SpringBootTest(properties = { "fieldbook.embedded-database.data-directory=target/bench-postgres",
				"fieldbook.embedded-database.clean=true" })
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestPorts.Initializer.class)
class SlotSearchBenchmark {

	private static final long SEED = 20260928L;

	/** A Monday, 09:00 UTC (04:00 in Chicago): the window runs from Tuesday 29 September to Friday 27 November 2026. */
	private static final Instant NOW = Instant.parse("2026-09-28T09:00:00Z");

	private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 29);

	private static final int LEAD_DAYS = 60;

	private static final int WARM_UP = 100;

	/** The windows of the second line, as a service type holds them: four hours each, from 08:00 to 20:00. */
	private static final String WINDOWS_TEXT = "240 min every 240 min from 08:00 until 20:00";

	private static final List<ArrivalWindow> WINDOWS = ArrivalWindows.parse(WINDOWS_TEXT).windows();

	private static final int MEASURED = 1_000;

	/**
	 * The SQL baseline runs for every so many measured requests (system property {@code slot-search.sql-every},
	 * 1 = all 1,000): at about 2 s a query, all of them would add more than half an hour.
	 */
	private static final int SQL_EVERY = 10;

	/** Requests (crew size 1, with slots) whose engine slots are checked against the SQL answer. */
	private static final int SUPERSET_CHECKS = 5;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SlotSearchService service;

	@Test
	void slotSearch() {
		long started = System.nanoTime();
		World world = new SlotSearchWorld(jdbc, SEED, FIRST_DAY, FIRST_DAY.plusDays(LEAD_DAYS - 1)).build();
		jdbc.update("UPDATE portal_settings SET min_lead_days = 1, max_lead_days = ?, slot_step_minutes = 30, "
				+ "max_travel_radius_km = 0", LEAD_DAYS);
		jdbc.execute("ANALYZE");
		double buildSeconds = (System.nanoTime() - started) / 1e9;
		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking_assignment WHERE active", Integer.class))
			.isEqualTo(world.bookings())
			.isEqualTo(SlotSearchWorld.TECHNICIANS * SlotSearchWorld.BOOKINGS_PER_TECHNICIAN);

		SqlSlotSearch sql = new SqlSlotSearch(jdbc);
		Random random = new Random(SEED + 1);
		for (int i = 0; i < WARM_UP; i++) {
			SlotQuery query = randomQuery(world, random);
			service.search(query);
			SlotSearchService.Prepared loaded = service.prepare(query);
			loaded.engine().search(loaded.request(), loaded.technicians());
			if (i % 10 == 0) {
				sql.search(query.serviceType(), query.account(), NOW);
			}
		}

		long[] engineNanos = new long[MEASURED];
		long[] windowsNanos = new long[MEASURED];
		int offeredWindows = 0;
		long[] serviceNanos = new long[MEASURED];
		// The SQL baseline takes seconds a request: it runs for every sqlEvery-th measured request only.
		int sqlEvery = Integer.getInteger("slot-search.sql-every", SQL_EVERY);
		long[] sqlNanos = new long[(MEASURED + sqlEvery - 1) / sqlEvery];
		int sqlRuns = 0;
		int withSlots = 0;
		int slots = 0;
		int supersetChecks = 0;
		List<Sampled> sampled = new ArrayList<>();
		List<SlotQuery> queries = new ArrayList<>();
		List<SlotSearchResult> windowResults = new ArrayList<>();
		for (int i = 0; i < MEASURED; i++) {
			SlotQuery query = randomQuery(world, random);
			queries.add(query);

			long t0 = System.nanoTime();
			SlotSearchResult viaService = service.search(query);
			serviceNanos[i] = System.nanoTime() - t0;

			SlotSearchService.Prepared loaded = service.prepare(query);
			long t1 = System.nanoTime();
			SlotSearchResult viaEngine = loaded.engine().search(loaded.request(), loaded.technicians());
			engineNanos[i] = System.nanoTime() - t1;

			SlotRequest inWindows = loaded.request().withArrivalWindows(WINDOWS);
			long t3 = System.nanoTime();
			SlotSearchResult windows = loaded.engine().search(inWindows, loaded.technicians());
			windowsNanos[i] = System.nanoTime() - t3;
			windowResults.add(windows);
			offeredWindows += windows.days().stream().mapToInt(day -> day.windows().size()).sum();
			assertThat(windows.days().isEmpty()).as("windows offered exactly when starts are, %s", query)
				.isEqualTo(viaEngine.days().stream().noneMatch(day -> day.slots().stream().anyMatch(slot -> inAWindow(slot))));

			assertThat(viaEngine.days()).as("engine alone and service agree for %s", query).isEqualTo(viaService.days());
			if (!viaService.isEmpty()) {
				withSlots++;
				slots += viaService.days().stream().mapToInt(day -> day.slots().size()).sum();
			}
			if (i % sqlEvery == 0) {
				sampled.add(new Sampled(query, viaService, windows, loaded.request()));
			}
		}
		// The same requests through the service for service types that hold the windows, as the portal runs them.
		jdbc.update("UPDATE service_type SET arrival_windows = ?", WINDOWS_TEXT);
		long[] windowsServiceNanos = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long t4 = System.nanoTime();
			SlotSearchResult viaService = service.search(queries.get(i));
			windowsServiceNanos[i] = System.nanoTime() - t4;
			assertThat(viaService.days()).as("service and engine offer the same windows for %s", queries.get(i))
				.isEqualTo(windowResults.get(i).days());
		}
		jdbc.update("UPDATE service_type SET arrival_windows = NULL");
		long[] sqlWindowsNanos = new long[sampled.size()];
		// The SQL baseline afterwards, so that its seconds of PostgreSQL work a query do not run between the timings above.
		for (Sampled sample : sampled) {
			SlotQuery query = sample.query();
			long t2 = System.nanoTime();
			Map<Instant, List<String>> viaSql = sql.search(query.serviceType(), query.account(), NOW);
			sqlNanos[sqlRuns] = System.nanoTime() - t2;
			Set<LocalDate> sqlWindowDays = windowDays(viaSql.keySet(), sample.request());
			sqlWindowsNanos[sqlRuns++] = System.nanoTime() - t2;
			if (world.crewSizes().get(query.serviceType()) == 1) {
				assertThat(sqlWindowDays).as("SQL finds a start in a window on every date the engine offers one, %s", query)
					.containsAll(sample.windows().days().stream().map(SlotDay::date).toList());
			}
			if (!sample.result().isEmpty()) {
				assertThat(viaSql).as("SQL offers something whenever the engine does, %s", query).isNotEmpty();
				if (supersetChecks < SUPERSET_CHECKS && world.crewSizes().get(query.serviceType()) == 1) {
					assertEngineSlotsAreSqlStarts(query, sample.result(), viaSql);
					supersetChecks++;
				}
			}
		}
		if (sqlRuns >= 4 * SUPERSET_CHECKS) {
			assertThat(supersetChecks).as("requests checked against the SQL baseline").isEqualTo(SUPERSET_CHECKS);
		}
		assertThat(withSlots).as("requests with slots").isGreaterThanOrEqualTo(MEASURED * 9 / 10);

		long[] engine = sorted(engineNanos);
		long[] inWindows = sorted(windowsNanos);
		long[] viaService = sorted(serviceNanos);
		long[] viaSql = sorted(Arrays.copyOf(sqlNanos, sqlRuns));
		long[] windowsViaService = sorted(windowsServiceNanos);
		long[] windowsViaSql = sorted(Arrays.copyOf(sqlWindowsNanos, sqlRuns));
		System.out.println(String.format(Locale.ROOT,
				"slot-search engine_p50_ms=%.2f engine_p95_ms=%.2f service_p50_ms=%.2f service_p95_ms=%.2f "
						+ "sql_p50_ms=%.2f sql_p95_ms=%.2f speedup_p50=%.1f",
				ms(percentile(engine, 50)), ms(percentile(engine, 95)), ms(percentile(viaService, 50)),
				ms(percentile(viaService, 95)), ms(percentile(viaSql, 50)), ms(percentile(viaSql, 95)),
				(double) percentile(viaSql, 50) / percentile(viaService, 50)));
		System.out.println(String.format(Locale.ROOT,
				"slot-search-windows engine_p50_ms=%.2f engine_p95_ms=%.2f service_p50_ms=%.2f service_p95_ms=%.2f "
						+ "sql_p50_ms=%.2f sql_p95_ms=%.2f speedup_p50=%.1f windows_per_search=%.1f",
				ms(percentile(inWindows, 50)), ms(percentile(inWindows, 95)), ms(percentile(windowsViaService, 50)),
				ms(percentile(windowsViaService, 95)), ms(percentile(windowsViaSql, 50)), ms(percentile(windowsViaSql, 95)),
				(double) percentile(windowsViaSql, 50) / percentile(windowsViaService, 50), offeredWindows / (double) MEASURED));
		System.out.println(String.format(Locale.ROOT,
				"slot-search note: the SQL baseline ignores travel time and crews and steps in UTC (engine and service "
						+ "apply both); world %d technicians, %d skills, %d territories, %d-day window, %d bookings, %d time-off "
						+ "periods built in %.1f s; %d measured requests after %d warm-up, %d with slots (%.0f slots on "
						+ "average); SQL baseline timed on %d of them (1 in %d), %d checked slot by slot against it",
				world.technicians(), SlotSearchWorld.SKILLS, SlotSearchWorld.TERRITORIES, LEAD_DAYS, world.bookings(),
				world.timeOff(), buildSeconds, MEASURED, WARM_UP, withSlots, withSlots == 0 ? 0.0 : (double) slots / withSlots,
				sqlRuns, sqlEvery, supersetChecks));
	}

	/** A measured request that the SQL baseline answers too, with the service's answers in both modes. */
	private record Sampled(SlotQuery query, SlotSearchResult result, SlotSearchResult windows, SlotRequest request) {
	}

	/** The dates on which the SQL baseline's starts lie in one of {@link #WINDOWS} on the account's clock. */
	private static Set<LocalDate> windowDays(Set<Instant> starts, SlotRequest request) {
		Set<LocalDate> days = new HashSet<>();
		for (Instant start : starts) {
			LocalDate date = start.atZone(request.zone()).toLocalDate();
			if (WINDOWS.stream()
				.anyMatch(window -> !window.startOn(date, request.zone()).toInstant().isAfter(start)
						&& window.endOn(date, request.zone()).toInstant().isAfter(start))) {
				days.add(date);
			}
		}
		return days;
	}

	/** Every start the engine offers for a crew of one is a start the SQL query offers for the same technician. */
	private static void assertEngineSlotsAreSqlStarts(SlotQuery query, SlotSearchResult engine, Map<Instant, List<String>> sql) {
		for (SlotDay day : engine.days()) {
			for (Slot slot : day.slots()) {
				Instant start = slot.start().toInstant();
				assertThat(sql.getOrDefault(start, List.of())).as("SQL technicians at %s for %s", slot.start(), query)
					.contains(slot.technicians().get(0));
			}
		}
	}

	/** Whether an offered start lies in one of {@link #WINDOWS} on its own local clock (no window holds a repeated hour). */
	private static boolean inAWindow(Slot slot) {
		LocalTime start = slot.start().toLocalTime();
		return WINDOWS.stream().anyMatch(window -> !start.isBefore(window.from()) && start.isBefore(window.to()));
	}

	private static SlotQuery randomQuery(World world, Random random) {
		return new SlotQuery(world.serviceTypes().get(random.nextInt(world.serviceTypes().size())),
				world.accounts().get(random.nextInt(world.accounts().size())), null, NOW);
	}

	private static long[] sorted(long[] nanos) {
		long[] copy = nanos.clone();
		Arrays.sort(copy);
		return copy;
	}

	/** Nearest rank. */
	private static long percentile(long[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

}
