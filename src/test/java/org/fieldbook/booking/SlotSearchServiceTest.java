package org.fieldbook.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;
import org.fieldbook.customer.ServiceSites;
import org.fieldbook.masterdata.MasterDataImporter;
import org.fieldbook.scheduling.SlotSearchResult;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.support.DomainTables;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.StatementCounter;
import org.fieldbook.workforce.Workforce;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The adapter asks PostgreSQL a fixed number of questions, however many technicians qualify. */
@FieldbookIntegrationTest
class SlotSearchServiceTest {

	static final SlotQuery QUERY = new SlotQuery("ac-repair", "a1", "as1", Instant.parse("2026-12-01T09:00:00Z"));

	@Autowired
	MasterDataImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PortalSettingsService settings;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	SlotSearchService slots;

	@Autowired
	StatementCounter counter;

	@BeforeEach
	void emptyDatabase() {
		DomainTables.truncate(jdbc);
	}

	@Test
	void queriesDoNotGrowWithTheNumberOfTechnicians() throws IOException {
		importTechnicians(2);
		Counted few = searchCountingStatements();
		importTechnicians(40);
		Counted many = searchCountingStatements();

		assertThat(many.result().days().get(0).slots().get(0).technicians()).hasSize(1);
		// The service type, the account's site, and the bookings with the workforce version: the rest is in memory.
		assertThat(many.statements()).isEqualTo(few.statements()).isEqualTo(3);
	}

	@Test
	void aSearchFollowsWorkingHoursChangedInTheDatabaseByAnotherNode() throws IOException {
		importTechnicians(1);
		assertThat(firstStart(slots.search(QUERY))).isEqualTo("08:00");

		// Another node, or anyone with SQL: no call of this node's services.
		jdbc.update("UPDATE technician_working_hours SET starts_at = '10:30'");

		assertThat(firstStart(slots.search(QUERY))).isEqualTo("10:30");
	}

	@Test
	void aSearchFollowsATechnicianLeavingInTheDatabaseOnAnotherNode() throws IOException {
		importTechnicians(1);
		assertThat(slots.search(QUERY).days()).isNotEmpty();

		jdbc.update("UPDATE technician SET active = false");

		assertThat(slots.search(QUERY).days()).isEmpty();
	}

	@Test
	void hoursChangedInATransactionThatRollsBackAreNotKeptForOthers() throws IOException {
		importTechnicians(1);
		assertThat(firstStart(slots.search(QUERY))).isEqualTo("08:00");

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.update("UPDATE technician_working_hours SET starts_at = '11:00'");
			assertThat(firstStart(slots.search(QUERY))).as("inside the changing transaction").isEqualTo("11:00");
			status.setRollbackOnly();
		});

		assertThat(firstStart(slots.search(QUERY))).isEqualTo("08:00");
	}

	private static String firstStart(SlotSearchResult result) {
		return result.days().get(0).slots().get(0).start().toLocalTime().toString();
	}

	@Test
	void locationIsTheAssetsFunctionalLocation() throws IOException {
		importTechnicians(1);
		jdbc.update("UPDATE portal_settings SET max_travel_radius_km = 5");
		try {
			// Home 41.88,-87.63: the roof (41.93,-87.65) is 5.8 km away, the account's address (41.92,-87.64) 4.5 km;
			// within 5 km the account's address would qualify, the asset's roof does not.
			assertThat(searchCountingStatements().result().days()).isEmpty();
			jdbc.update("UPDATE portal_settings SET max_travel_radius_km = 6");
			assertThat(searchCountingStatements().result().days()).isNotEmpty();
		}
		finally {
			jdbc.update("UPDATE portal_settings SET max_travel_radius_km = 0");
		}
	}

	/** A search that held its connection while it wrote its outcome on a second one starved the pool under load. */
	@Test
	void aPortalSearchHoldsOneConnectionAtATime() throws IOException {
		importTechnicians(2);
		try (StatementCounter.Counting counting = counter.start()) {
			assertThat(slots.searchForCustomer(new SlotQuery("ac-repair", "a1", "as1", null)).days()).isNotEmpty();

			assertThat(counting.mostConnectionsAtOnce()).isEqualTo(1);
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM slot_search_outcome", Integer.class)).isEqualTo(1);
	}

	record Counted(SlotSearchResult result, int statements) {
	}

	private Counted searchCountingStatements() {
		AtomicInteger statements = new AtomicInteger();
		DataSource counting = new DelegatingDataSource(dataSource) {
			@Override
			public Connection getConnection() throws SQLException {
				Connection connection = super.getConnection();
				return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
						(proxy, method, args) -> {
							if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
								statements.incrementAndGet();
							}
							try {
								return method.invoke(connection, args);
							}
							catch (java.lang.reflect.InvocationTargetException ex) {
								throw ex.getCause();
							}
						});
			}
		};
		JdbcTemplate counted = new JdbcTemplate(counting);
		SlotSearchService service = new SlotSearchService(new SlotSearchRepository(counted), new Workforce(counted),
				new ServiceSites(counted), settings, clock, new SlotSearchOutcomes(counted), transactions);
		service.search(QUERY);
		int loading = statements.getAndSet(0);
		assertThat(loading).as("statements of the first search, which loads the workforce's copy").isGreaterThan(3);
		return new Counted(service.search(QUERY), statements.get());
	}

	private void importTechnicians(int count) throws IOException {
		String technicians = IntStream.rangeClosed(1, count)
			.mapToObj(i -> "{\"id\":\"t" + i + "\",\"name\":\"Tech " + i + "\",\"timeZone\":\"America/Chicago\","
					+ "\"home\":{\"lat\":41.88,\"lon\":-87.63},\"territories\":[\"north\"],\"skills\":[{\"skill\":\"hvac\",\"level\":3}],"
					+ "\"workingHours\":[{\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\"],\"from\":\"08:00\",\"to\":\"17:00\"}]}")
			.collect(Collectors.joining(","));
		String example = new org.springframework.core.io.ClassPathResource("masterdata/example.json")
			.getContentAsString(StandardCharsets.UTF_8)
			.replaceFirst("(?s)\"technicians\":\\[.*?\\]\\}\\],\\s*\"accounts\"", "\"technicians\":[" + technicians + "],\n \"accounts\"");
		importer.importJson(new ByteArrayInputStream(example.getBytes(StandardCharsets.UTF_8)));
	}

}
