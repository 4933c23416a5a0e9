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

		assertThat(summary.of("territories")).isEqualTo(new ImportSummary.Counts(1, 0, 0));
		assertThat(summary.of("bookings")).isEqualTo(new ImportSummary.Counts(1, 0, 0));
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
		assertThat(again.of("technicians")).isEqualTo(new ImportSummary.Counts(0, 1, 0));
		assertThat(again.of("bookings")).isEqualTo(new ImportSummary.Counts(0, 1, 0));
		assertThat(again.of("contacts")).as("the contact is the same").isEqualTo(new ImportSummary.Counts(0, 0, 1));
		assertThat(jdbc.queryForObject("SELECT name FROM technician", String.class)).isEqualTo("Ana Ruiz-Lopez");
		assertThat(jdbc.queryForObject("SELECT proficiency FROM technician_skill", Integer.class)).isEqualTo(5);
		assertThat(jdbc.queryForList("SELECT DISTINCT starts_at::text FROM technician_working_hours", String.class))
			.containsExactly("07:30:00");
		assertThat(jdbc.queryForObject("SELECT upper(period) = ends_at FROM booking_assignment JOIN booking ON id = booking_id",
				Boolean.class)).as("the ledger follows the booking's new end").isTrue();
	}

	@Test
	void arrivalWindowsOfAServiceTypeAreImportedInTheirOwnWordsAndLeftOutAreExactTimes() throws IOException {
		importer.importJson(json(withArrivalWindows("\"12:00-16:00, 8:00-12:00\"")));

		assertThat(jdbc.queryForObject("SELECT arrival_windows FROM service_type WHERE external_id = 'ac-repair'",
				String.class)).isEqualTo("08:00-12:00, 12:00-16:00");

		importExample();

		assertThat(jdbc.queryForObject("SELECT arrival_windows FROM service_type WHERE external_id = 'ac-repair'",
				String.class)).as("the file says exact times by leaving them out").isNull();
	}

	@Test
	void arrivalWindowsThatDoNotReadRejectTheWholeFileNamingRecordAndField() throws IOException {
		assertRejectedWholeNaming(withArrivalWindows("\"mornings\""),
				"serviceTypes[0] (id \"ac-repair\") field \"arrivalWindows\": \"mornings\" does not read as arrival "
						+ "windows such as \"08:00-12:00, 12:00-16:00\" or \"240 min every 120 min from 08:00 until 20:00\" "
						+ "(each window 15 minutes or more)");
		assertRejectedWholeNaming(withArrivalWindows("\"240 min every 120 min from 18:00 until 20:00\""),
				"serviceTypes[0] (id \"ac-repair\") field \"arrivalWindows\": "
						+ "\"240 min every 120 min from 18:00 until 20:00\" does not read");
		assertRejectedWholeNaming(withArrivalWindows("[\"08:00-12:00\"]"), "serviceTypes[0].arrivalWindows");
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
	void aControlCharacterIsNamedWithItsRecordAndFieldAndADirectionalOneIsKeptButQuotedEscaped() throws IOException {
		assertRejectedWholeNaming(ExampleCompany.json().replace("\"Lakeview Bakery\"", "\"Lakeview\\u0000Bakery\""),
				"accounts[0].name: contains a control character (U+0000) at position 9");
		assertRejectedWholeNaming(ExampleCompany.json().replace("\"Sam\"", "\"Sam\\u0007\""),
				"accounts[0].contacts[0].firstName: contains a control character (U+0007) at position 4");
		assertRejectedWholeNaming(ExampleCompany.json().replace("\"Sam\"", "\"Sam\u0000\""),
				"accounts[0].contacts[0].firstName: malformed JSON (line 8, column");
		assertRejectedWholeNaming(ExampleCompany.json().replace("\"sam@example.com\"", "\"\u202Esam at example\""),
				"accounts[0] (id \"a1\") field \"contacts[0].email\": \"\\u202Esam at example\" is not an email address");

		importer.importJson(json(ExampleCompany.json().replace("\"Lakeview Bakery\"", "\"\u202EyrekaB weivekaL\"")));
		assertThat(jdbc.queryForObject("SELECT name FROM account", String.class)).isEqualTo("\u202EyrekaB weivekaL");
	}

	@Test
	void timesOutsideTheBookingYearsAreRejectedNamingRecordAndField() throws IOException {
		assertRejectedWholeNaming(ExampleCompany.json().replace("2026-12-01T15:30:00Z", "+300000-01-01T00:00:00Z"),
				"bookings[0] (id \"b1\") field \"end\": \"+300000-01-01T00:00:00Z\" must lie in the years 2000 to 2199");
		assertRejectedWholeNaming(ExampleCompany.json().replace("2026-12-01T14:00:00Z", "-5000-01-01T00:00:00Z"),
				"bookings[0] (id \"b1\") field \"start\": \"-5000-01-01T00:00:00Z\" must lie in the years 2000 to 2199");
		assertRejectedWholeNaming(ExampleCompany.json().replace("2026-12-27T00:00", "+300000-01-01T00:00"),
				"technicians[0] (id \"t1\") field \"timeOff[0].to\": \"+300000-01-01T00:00\" must lie in the years 2000 to 2199");
	}

	@Test
	void textLongerThanItsColumnIsRejectedNamingRecordAndFieldInAShortMessage() throws IOException {
		String longId = "t".repeat(100_000);
		String file = ExampleCompany.json()
			.replace("\"id\":\"t1\"", "\"id\":\"" + longId + "\"")
			.replace("\"technicians\":[\"t1\"]", "\"technicians\":[\"" + longId + "\"]")
			.replace("\"Lakeview Bakery\"", "\"" + "L".repeat(100_000) + "\"")
			.replace("\"sam@example.com\"", "\"" + "s".repeat(100_000) + "@example.com\"")
			.replace("\"60614\"", "\"" + "6".repeat(21) + "\"");
		Map<String, Long> before = rowCounts();

		assertThatThrownBy(() -> importer.importJson(json(file))).isInstanceOfSatisfying(MasterDataRejectedException.class,
				ex -> assertThat(ex.problems()).extracting(ImportProblem::toString)
					.contains("technicians[0] (id \"" + "t".repeat(60) + "…\" (100000 characters)) field \"id\": is 100000 characters long; at most 100 fit",
							"accounts[0] (id \"a1\") field \"name\": is 100000 characters long; at most 200 fit",
							"accounts[0] (id \"a1\") field \"contacts[0].email\": is 100012 characters long; at most 254 fit",
							"accounts[0] (id \"a1\") field \"address.postalCode\": is 21 characters long; at most 20 fit")
					.allSatisfy(problem -> assertThat(problem).hasSizeLessThan(400)));
		assertThat(rowCounts()).as("nothing half-imported").isEqualTo(before);
	}

	@Test
	void readingErrorsSayTheRecordAndFieldInTheFilesWordsWithoutJavaTypes() throws IOException {
		assertRejectedWholeNaming(ExampleCompany.json().replace("\"workingHours\":[{\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\"],"
				+ "\"from\":\"08:00\",\"to\":\"17:00\"}]", "\"workingHours\":\"MON-FRI 08:00-17:00\""),
				"technicians[0].workingHours: expected a list");
		assertRejectedWholeNaming(ExampleCompany.json().replace("\"home\":{\"lat\":41.88,\"lon\":-87.63}", "\"home\":[41.88,-87.63]"),
				"technicians[0].home: expected an object");
		assertRejectedWholeNaming(ExampleCompany.json().replace("\"durationMinutes\":90", "\"durationMinutes\":\"ninety\""),
				"serviceTypes[0].durationMinutes: expected a whole number, not \"ninety\"");
		assertRejectedWholeNaming(ExampleCompany.json().replace("\"onPortal\":true", "\"onPortal\":\"yes\""),
				"serviceTypes[0].onPortal: expected true or false");
		assertRejectedWholeNaming(ExampleCompany.json().replace("{\"id\":\"hvac\",\"name\":\"HVAC\"}", "{\"id\":\"hvac\",\"nmae\":\"HVAC\"}"),
				"skills[0]: unknown field \"nmae\" (the fields are id, name)");
		assertRejectedWholeNaming(ExampleCompany.json().replace("\"durationMinutes\":90", "\"durationMinutes\":99999999999"),
				"serviceTypes[0].durationMinutes: the number is out of range");
		assertRejectedWholeNaming("", "file: is empty");
		assertRejectedWholeNaming("  \n", "file: is empty");
		assertRejectedWholeNaming("[]", "file: expected an object");
		assertRejectedWholeNaming(ExampleCompany.json() + "{}", "file: has more after its end (line");
		assertRejectedWholeNaming(ExampleCompany.json().replace("\"lat\":41.88", "\"lat\":\"NaN\""),
				"technicians[0] (id \"t1\") field \"home.lat\": NaN is not a number from -90 to 90");

		for (String[] broken : List.of(new String[] { "\"skills\":[{\"id\":\"hvac\",\"name\":\"HVAC\"}]", "\"skills\":{}" },
				new String[] { "\"active\":true", "\"active\":[]" }, new String[] { "\"territories\":[\"north\"]", "\"territories\":[{\"id\":\"north\"}]" },
				new String[] { "[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\"]", "\"MON\"" }, new String[] { "\"lat\":41.88", "\"lat\":\"north\"" },
				new String[] { "\"lat\":41.88", "\"lat\":NaN" }, new String[] { "\"lat\":41.88", "\"lat\":1e999999" })) {
			String file = ExampleCompany.json().replace(broken[0], broken[1]);
			assertThatThrownBy(() -> importer.importJson(json(file))).as(broken[1]).isInstanceOfSatisfying(MasterDataRejectedException.class,
					ex -> assertThat(ex.getMessage()).doesNotContain("org.fieldbook", "java.", "`", "Record", "MasterDataFile"));
		}
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

	/** The example file, its service type's arrival windows this JSON value. */
	private static String withArrivalWindows(String value) throws IOException {
		return ExampleCompany.json().replace("\"crewSize\":1,", "\"crewSize\":1,\"arrivalWindows\":" + value + ",");
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
