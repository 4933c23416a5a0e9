package org.fieldbook.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.fieldbook.support.DomainTables;
import org.fieldbook.support.ExampleCompany;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

@FieldbookIntegrationTest
class MasterDataImporterTest {

	@Autowired
	MasterDataImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@BeforeEach
	void emptyDatabase() {
		DomainTables.truncate(jdbc);
	}

	@Test
	void exampleFileRoundTripsIntoTheDomainTables() throws IOException {
		ImportSummary summary = importExample();

		assertThat(summary.of("territories")).isEqualTo(new ImportSummary.Counts(1, 0));
		assertThat(summary.of("bookings")).isEqualTo(new ImportSummary.Counts(1, 0));
		assertThat(jdbc.queryForMap("SELECT name, portal_name, on_portal, duration_minutes, crew_size FROM service_type "
				+ "WHERE external_id = 'ac-repair'"))
			.containsEntry("name", "AC repair")
			.containsEntry("portal_name", "Air conditioning repair")
			.containsEntry("on_portal", true)
			.containsEntry("duration_minutes", 90)
			.containsEntry("crew_size", 1);
		assertThat(jdbc.queryForObject("SELECT sts.min_proficiency FROM service_type_skill sts JOIN skill s ON s.id = sts.skill_id "
				+ "WHERE s.external_id = 'hvac'", Integer.class)).isEqualTo(2);

		assertThat(jdbc.queryForMap("SELECT name, time_zone, home_lat, home_lon FROM technician WHERE external_id = 't1'"))
			.containsEntry("name", "Ana Ruiz")
			.containsEntry("time_zone", "America/Chicago")
			.containsEntry("home_lat", 41.88)
			.containsEntry("home_lon", -87.63);
		assertThat(jdbc.queryForObject("SELECT proficiency FROM technician_skill", Integer.class)).isEqualTo(3);
		assertThat(jdbc.queryForObject("SELECT t.external_id FROM technician_territory tt JOIN territory t ON t.id = tt.territory_id",
				String.class)).isEqualTo("north");
		assertThat(jdbc.queryForList("SELECT day_of_week FROM technician_working_hours ORDER BY day_of_week", Integer.class))
			.containsExactly(1, 2, 3, 4, 5);
		assertThat(jdbc.queryForList("SELECT DISTINCT starts_at::text || '-' || ends_at::text FROM technician_working_hours",
				String.class)).containsExactly(LocalTime.of(8, 0) + ":00-" + LocalTime.of(17, 0) + ":00");
		assertThat(jdbc.queryForMap("SELECT starts_at, ends_at FROM technician_time_off"))
			.containsEntry("starts_at", java.sql.Timestamp.valueOf(LocalDateTime.of(2026, 12, 24, 0, 0)))
			.containsEntry("ends_at", java.sql.Timestamp.valueOf(LocalDateTime.of(2026, 12, 27, 0, 0)));

		assertThat(jdbc.queryForMap("SELECT a.name, a.active, a.time_zone, t.external_id AS territory, a.address_line1, "
				+ "a.address_postal_code, a.address_lat FROM account a JOIN territory t ON t.id = a.territory_id"))
			.containsEntry("name", "Lakeview Bakery")
			.containsEntry("active", true)
			.containsEntry("time_zone", "America/Chicago")
			.containsEntry("territory", "north")
			.containsEntry("address_line1", "2400 N Lakeview Ave")
			.containsEntry("address_postal_code", "60614")
			.containsEntry("address_lat", 41.92);
		assertThat(jdbc.queryForMap("SELECT c.first_name, c.last_name, c.email, c.phone, c.language, a.external_id AS account "
				+ "FROM contact c JOIN account_contact ac ON ac.contact_id = c.id JOIN account a ON a.id = ac.account_id"))
			.containsEntry("first_name", "Sam")
			.containsEntry("email", "sam@example.com")
			.containsEntry("phone", "+13125550100")
			.containsEntry("language", "en")
			.containsEntry("account", "a1");
		assertThat(jdbc.queryForMap("SELECT ca.name, fl.name AS location, fl.address_lat FROM customer_asset ca "
				+ "JOIN functional_location fl ON fl.id = ca.functional_location_id WHERE ca.external_id = 'as1'"))
			.containsEntry("name", "Rooftop AC unit")
			.containsEntry("location", "Roof")
			.containsEntry("address_lat", 41.93);

		assertThat(jdbc.queryForMap("SELECT b.starts_at, b.ends_at, b.status, b.source, b.location_lon, t.external_id AS technician, "
				+ "ba.active FROM booking b JOIN booking_assignment ba ON ba.booking_id = b.id JOIN technician t ON t.id = ba.technician_id"))
			.containsEntry("status", "SCHEDULED")
			.containsEntry("source", "IMPORT")
			.containsEntry("location_lon", -87.70)
			.containsEntry("technician", "t1")
			.containsEntry("active", true)
			.hasEntrySatisfying("starts_at", value -> assertThat(((java.sql.Timestamp) value).toInstant())
				.isEqualTo(Instant.parse("2026-12-01T14:00:00Z")))
			.hasEntrySatisfying("ends_at", value -> assertThat(((java.sql.Timestamp) value).toInstant())
				.isEqualTo(Instant.parse("2026-12-01T15:30:00Z")));
	}

	@Test
	void reimportWithTheSameIdsUpdatesInsteadOfDuplicating() throws IOException {
		importExample();
		Map<String, Long> before = rowCounts();

		ImportSummary again = importer.importJson(json(ExampleCompany.json()
			.replace("\"Ana Ruiz\"", "\"Ana Ruiz-Lopez\"")
			.replace("\"level\":3", "\"level\":5")
			.replace("\"from\":\"08:00\"", "\"from\":\"07:30\"")
			.replace("2026-12-01T15:30:00Z", "2026-12-01T16:00:00Z")));

		assertThat(rowCounts()).isEqualTo(before);
		assertThat(again.of("technicians")).isEqualTo(new ImportSummary.Counts(0, 1));
		assertThat(again.of("bookings")).isEqualTo(new ImportSummary.Counts(0, 1));
		assertThat(again.of("contacts")).isEqualTo(new ImportSummary.Counts(0, 1));
		assertThat(jdbc.queryForObject("SELECT name FROM technician", String.class)).isEqualTo("Ana Ruiz-Lopez");
		assertThat(jdbc.queryForObject("SELECT proficiency FROM technician_skill", Integer.class)).isEqualTo(5);
		assertThat(jdbc.queryForList("SELECT DISTINCT starts_at::text FROM technician_working_hours", String.class))
			.containsExactly("07:30:00");
		assertThat(jdbc.queryForObject("SELECT upper(period) = ends_at FROM booking_assignment JOIN booking ON id = booking_id",
				Boolean.class)).as("the ledger follows the booking's new end").isTrue();
	}

	@Test
	void unknownSkillIdRejectsTheWholeFileNamingTheRecord() throws IOException {
		assertRejectedWholeNaming(ExampleCompany.json().replace("{\"skill\":\"hvac\",\"level\":3}", "{\"skill\":\"plumbing\",\"level\":3}"),
				"technicians[0] (id \"t1\") field \"skills[0].skill\": unknown skill id \"plumbing\"");
	}

	@Test
	void overlappingBookingsOfOneTechnicianRejectTheWholeFile() throws IOException {
		String second = ",{\"id\":\"b2\",\"technicians\":[\"t1\"],\"start\":\"2026-12-01T15:00:00Z\",\"end\":\"2026-12-01T16:00:00Z\","
				+ "\"location\":{\"lat\":41.9,\"lon\":-87.7},\"status\":\"SCHEDULED\"}]}";
		assertRejectedWholeNaming(ExampleCompany.json().replaceFirst("\\}\\]\\}\\s*$", "}" + second),
				"bookings[1] (id \"b2\") field \"start\": overlaps booking \"b1\" of technician \"t1\"");
	}

	@Test
	void bookingOverlappingOneAlreadyImportedIsRejectedByTheLedger() throws IOException {
		importExample();
		String other = "{\"territories\":[{\"id\":\"south\",\"name\":\"South\"}],\"bookings\":[{\"id\":\"b9\",\"technicians\":[\"t1\"],\"start\":\"2026-12-01T15:00:00Z\","
				+ "\"end\":\"2026-12-01T16:00:00Z\",\"location\":{\"lat\":41.9,\"lon\":-87.7},\"status\":\"SCHEDULED\"}]}";

		assertThatThrownBy(() -> importer.importJson(json(other))).isInstanceOf(MasterDataRejectedException.class)
			.hasMessageContaining("bookings[0] (id \"b9\") field \"start\": overlaps booking \"b1\" of technician \"t1\" that is already in Fieldbook");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking", Long.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM territory WHERE external_id = 'south'", Long.class))
			.as("the territory written before the rejected booking is rolled back too")
			.isZero();
	}

	@Test
	void bookingsOfTheFileMayTradePlacesOnReimport() throws IOException {
		String two = ",{\"id\":\"b2\",\"technicians\":[\"t1\"],\"start\":\"2026-12-01T16:00:00Z\",\"end\":\"2026-12-01T17:00:00Z\","
				+ "\"location\":{\"lat\":41.9,\"lon\":-87.7},\"status\":\"SCHEDULED\"}]}";
		String file = ExampleCompany.json().replaceFirst("\\}\\]\\}\\s*$", "}" + two);
		importer.importJson(json(file));

		String swapped = file.replace("2026-12-01T14:00:00Z", "X1").replace("2026-12-01T15:30:00Z", "X2")
			.replace("2026-12-01T16:00:00Z", "2026-12-01T14:00:00Z").replace("2026-12-01T17:00:00Z", "2026-12-01T15:00:00Z")
			.replace("X1", "2026-12-01T15:30:00Z").replace("X2", "2026-12-01T17:00:00Z");
		importer.importJson(json(swapped));

		assertThat(jdbc.queryForList("SELECT external_id FROM booking ORDER BY starts_at", String.class)).containsExactly("b2", "b1");
	}

	@Test
	void invalidTimeZoneRejectsTheWholeFile() throws IOException {
		assertRejectedWholeNaming(ExampleCompany.json().replaceFirst("America/Chicago", "Mars/Olympus_Mons"),
				"technicians[0] (id \"t1\") field \"timeZone\": \"Mars/Olympus_Mons\" is not an IANA time zone");
	}

	@Test
	void missingFieldRejectsTheWholeFile() throws IOException {
		assertRejectedWholeNaming(ExampleCompany.json().replace("\"name\":\"Lakeview Bakery\",", ""),
				"accounts[0] (id \"a1\") field \"name\": is missing");
	}

	@Test
	void malformedJsonRejectsTheWholeFileWithItsPlace() throws IOException {
		assertRejectedWholeNaming(ExampleCompany.json().replace("\"skills\":[{\"id\":\"hvac\"", "\"skills\":[{\"id\" \"hvac\""),
				"skills[0]: malformed JSON (line 2, column 18)");
	}

	@Test
	void wrongTypeIsNamedWithItsPath() throws IOException {
		assertRejectedWholeNaming(ExampleCompany.json().replace("\"durationMinutes\":90", "\"durationMinutes\":\"ninety\""),
				"serviceTypes[0].durationMinutes");
	}

	@Test
	void nullRecordsAreNamedNotCrashedOn() throws IOException {
		assertRejectedWholeNaming("{\"territories\":[null]}", "territories[0]: is null");
		assertRejectedWholeNaming(ExampleCompany.json().replace("\"contacts\":[{", "\"contacts\":[null,{"),
				"accounts[0] (id \"a1\") field \"contacts[0]\": is missing");
		assertRejectedWholeNaming(ExampleCompany.json().replace("\"skills\":[{\"skill\":\"hvac\",\"level\":3}]",
				"\"skills\":[null]"), "technicians[0] (id \"t1\") field \"skills[0]\": is missing");
	}

	@Test
	void skillNamedTwiceForOneTechnicianIsRejected() throws IOException {
		assertRejectedWholeNaming(ExampleCompany.json().replace("{\"skill\":\"hvac\",\"level\":3}",
				"{\"skill\":\"hvac\",\"level\":3},{\"skill\":\"hvac\",\"level\":5}"),
				"technicians[0] (id \"t1\") field \"skills[1].skill\": \"hvac\" appears more than once");
	}

	@Test
	void overlapWithALongEarlierBookingIsFoundPastAShortOne() throws IOException {
		// b1 14:00–15:30; b2 14:30–14:45 overlaps b1; b3 15:00–16:00 overlaps b1 too, though not b2.
		String more = ",{\"id\":\"b2\",\"technicians\":[\"t1\"],\"start\":\"2026-12-01T14:30:00Z\",\"end\":\"2026-12-01T14:45:00Z\","
				+ "\"location\":{\"lat\":41.9,\"lon\":-87.7},\"status\":\"SCHEDULED\"},"
				+ "{\"id\":\"b3\",\"technicians\":[\"t1\"],\"start\":\"2026-12-01T15:00:00Z\",\"end\":\"2026-12-01T16:00:00Z\","
				+ "\"location\":{\"lat\":41.9,\"lon\":-87.7},\"status\":\"SCHEDULED\"}]}";

		assertThatThrownBy(() -> importer.importJson(json(ExampleCompany.json().replaceFirst("\\}\\]\\}\\s*$", "}" + more))))
			.isInstanceOfSatisfying(MasterDataRejectedException.class, ex -> assertThat(ex.problems())
				.extracting(ImportProblem::record)
				.containsExactlyInAnyOrder("bookings[1] (id \"b2\")", "bookings[2] (id \"b3\")"));
	}

	@Test
	void everyProblemOfAFileIsReportedAtOnce() throws IOException {
		String bad = ExampleCompany.json().replaceFirst("America/Chicago", "CST").replace("+13125550100", "312-555-0100");

		assertThatThrownBy(() -> importer.importJson(json(bad))).isInstanceOfSatisfying(MasterDataRejectedException.class,
				ex -> assertThat(ex.problems()).extracting(ImportProblem::field).containsExactlyInAnyOrder("timeZone", "contacts[0].phone"));
	}

	@Test
	void demoCompanyImportsCleanlyAndIsRealistic() throws IOException {
		MasterDataFile demo;
		try (InputStream json = new ClassPathResource(DemoCompany.FILE).getInputStream()) {
			demo = new MasterDataReader().read(json);
		}

		ImportSummary summary = importer.importFile(DemoCompany.inComingWeeks(demo, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));

		assertThat(summary.of("territories").created()).isGreaterThanOrEqualTo(3);
		assertThat(summary.of("skills").created()).isGreaterThanOrEqualTo(8);
		assertThat(summary.of("serviceTypes").created()).isGreaterThanOrEqualTo(6);
		assertThat(summary.of("technicians").created()).isGreaterThanOrEqualTo(40);
		assertThat(summary.of("accounts").created()).isGreaterThanOrEqualTo(100);
		assertThat(summary.of("bookings").created()).isBetween(450, 550);
		assertThat(jdbc.queryForObject("SELECT count(DISTINCT time_zone) FROM technician", Integer.class)).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking WHERE starts_at < ?", Integer.class,
				Timestamp.from(clock.instant())))
			.as("demo bookings lie in the coming weeks")
			.isZero();
	}

	private void assertRejectedWholeNaming(String file, String expected) {
		Map<String, Long> before = rowCounts();

		assertThatThrownBy(() -> importer.importJson(json(file))).isInstanceOf(MasterDataRejectedException.class)
			.hasMessageContaining(expected);
		assertThat(rowCounts()).as("nothing half-imported").isEqualTo(before);
	}

	private ImportSummary importExample() throws IOException {
		return importer.importJson(json(ExampleCompany.json()));
	}

	private Map<String, Long> rowCounts() {
		return Map.copyOf(List.of("territory", "skill", "service_type", "service_type_skill", "technician", "technician_skill",
				"technician_territory", "technician_working_hours", "technician_time_off", "account", "contact",
				"account_contact", "customer_asset", "functional_location", "booking", "booking_assignment")
			.stream()
			.collect(java.util.stream.Collectors.toMap(table -> table,
					table -> jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class))));
	}

	static InputStream json(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
