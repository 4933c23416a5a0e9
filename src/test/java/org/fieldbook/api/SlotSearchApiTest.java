package org.fieldbook.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.fieldbook.masterdata.MasterDataImporter;
import org.fieldbook.support.AtFixedInstants;
import org.fieldbook.support.DomainTables;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The slot search as the API runs it: PostgreSQL, the adapter and the engine, with the import's ids. */
@FieldbookIntegrationTest
class SlotSearchApiTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	MasterDataImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@BeforeEach
	void exampleCompany() throws IOException {
		DomainTables.truncate(jdbc);
		String example = new ClassPathResource("masterdata/example.json").getContentAsString(StandardCharsets.UTF_8);
		importer.importJson(new ByteArrayInputStream(example.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	@SuppressWarnings("unchecked")
	void offersTheTechniciansFreeTimesOnTheAccountsClock() {
		Map<String, Object> result = search(Map.of("serviceType", "ac-repair", "account", "a1", "asset", "as1", "now",
				"2026-12-01T09:00:00Z")).getBody();

		assertThat(result).containsEntry("timeZone", "America/Chicago");
		List<Map<String, Object>> days = (List<Map<String, Object>>) result.get("days");
		// Min lead 1 day: Wednesday 2 December first; Mon–Fri 08:00–17:00 with 90 minutes of work: 08:00 to 15:30.
		assertThat(days.get(0)).containsEntry("date", "2026-12-02");
		List<Map<String, Object>> slots = (List<Map<String, Object>>) days.get(0).get("slots");
		assertThat(slots.get(0)).isEqualTo(Map.of("start", "2026-12-02T08:00:00-06:00", "end", "2026-12-02T09:30:00-06:00",
				"technicians", List.of("t1")));
		assertThat(slots).hasSize(16);
		assertThat(slots.get(15)).containsEntry("start", "2026-12-02T15:30:00-06:00");
		assertThat(days).extracting(day -> day.get("date"))
			.as("weekends and the time off of 24–26 December are not offered")
			.doesNotContain("2026-12-05", "2026-12-06", "2026-12-24", "2026-12-25")
			.contains("2026-12-23", "2026-12-28")
			.last()
			.isEqualTo("2026-12-31");
		assertThat((List<?>) result.get("reasons")).isEmpty();
		assertThat((List<Map<String, Object>>) result.get("unavailableDays")).filteredOn(day -> day.get("date").equals("2026-12-05"))
			.singleElement()
			.satisfies(saturday -> assertThat((Map<String, Object>) saturday.get("reason")).containsEntry("code", "NOT_WORKING"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void storedBookingsBlockTheirTimeAndTravelButCanceledOnesDoNot() throws IOException {
		// Wednesday 2 December, Chicago: a job 10:00–11:00 at 41.80,-87.64, 14.5 km from the roof (41.93,-87.65):
		// 14.48 × 1.3 ÷ 50 × 60 = 22.6 → 23 minutes of travel each way. A canceled one 14:00–15:00 holds nothing.
		importer.importJson(new ByteArrayInputStream(("{\"bookings\":["
				+ "{\"id\":\"b2\",\"technicians\":[\"t1\"],\"start\":\"2026-12-02T16:00:00Z\",\"end\":\"2026-12-02T17:00:00Z\","
				+ "\"location\":{\"lat\":41.80,\"lon\":-87.64},\"status\":\"SCHEDULED\"},"
				+ "{\"id\":\"b3\",\"technicians\":[\"t1\"],\"start\":\"2026-12-02T20:00:00Z\",\"end\":\"2026-12-02T21:00:00Z\","
				+ "\"location\":{\"lat\":41.80,\"lon\":-87.64},\"status\":\"CANCELED\"}]}").getBytes(StandardCharsets.UTF_8)));

		Map<String, Object> result = search(Map.of("serviceType", "ac-repair", "account", "a1", "asset", "as1", "now",
				"2026-12-01T09:00:00Z")).getBody();

		List<Map<String, Object>> days = (List<Map<String, Object>>) result.get("days");
		List<String> starts = ((List<Map<String, Object>>) days.get(0).get("slots")).stream()
			.map(slot -> ((String) slot.get("start")).substring(11, 16))
			.toList();
		// 90-minute jobs: 08:00 ends 09:30, + 23 min = 09:53 ≤ 10:00; 08:30 would arrive 10:23. After 11:00 + 23 min, 11:30 is first.
		assertThat(starts).containsExactly("08:00", "11:30", "12:00", "12:30", "13:00", "13:30", "14:00", "14:30", "15:00", "15:30");
	}

	@Test
	@SuppressWarnings("unchecked")
	void nothingFreeComesWithTheReason() {
		jdbc.update("UPDATE service_type_skill SET min_proficiency = 9");

		Map<String, Object> result = search(Map.of("serviceType", "ac-repair", "account", "a1", "now", "2026-12-01T09:00:00Z"))
			.getBody();

		assertThat((List<?>) result.get("days")).isEmpty();
		assertThat((List<Map<String, Object>>) result.get("reasons")).singleElement()
			.satisfies(reason -> assertThat(reason).containsEntry("code", "NO_SKILL")
				.containsEntry("subject", "hvac")
				.containsEntry("level", 9)
				.containsEntry("count", 1)
				.containsEntry("message", "no technician has skill hvac at level ≥ 9 (1 have it lower)"));
	}

	@Test
	void unknownAccountAnswers404() {
		ResponseEntity<Map<String, Object>> response = search(Map.of("serviceType", "ac-repair", "account", "nobody"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getBody()).containsEntry("detail", "No active account \"nobody\"");
	}

	@Test
	void inactiveAccountIsNotOfferedService() {
		jdbc.update("UPDATE account SET active = false WHERE external_id = 'a1'");

		ResponseEntity<Map<String, Object>> response = search(Map.of("serviceType", "ac-repair", "account", "a1"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void assetOfAnotherAccountAnswers404() {
		jdbc.update("INSERT INTO account (external_id, name, time_zone, address_line1, address_city, address_postal_code, "
				+ "address_country, address_lat, address_lon) VALUES ('a2', 'Other', 'America/Chicago', 'x', 'y', 'z', 'US', 41.9, -87.6)");

		ResponseEntity<Map<String, Object>> response = search(Map.of("serviceType", "ac-repair", "account", "a2", "asset", "as1"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@AtFixedInstants
	@SuppressWarnings("unchecked")
	void withoutANowTheLeadTimesCountFromTheClockOnTheAccountsCalendar() {
		jdbc.update("UPDATE portal_settings SET min_lead_days = 0, max_lead_days = 7");
		try {
			Map<String, Object> result = search(Map.of("serviceType", "ac-repair", "account", "a1", "asset", "as1")).getBody();

			// Today and the 7 days after it on the Chicago calendar, Mon–Fri, without the time off of 24–26 December;
			// today only while a 90-minute job still fits before 17:00.
			Instant now = clock.instant();
			LocalDate today = LocalDate.ofInstant(now, ZoneId.of("America/Chicago"));
			List<String> workingDays = today.datesUntil(today.plusDays(8))
				.filter(date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY)
				.filter(date -> date.isBefore(LocalDate.of(2026, 12, 24)) || date.isAfter(LocalDate.of(2026, 12, 26)))
				.filter(date -> !date.equals(today)
						|| !now.isAfter(date.atTime(15, 30).atZone(ZoneId.of("America/Chicago")).toInstant()))
				.map(LocalDate::toString)
				.toList();
			List<Map<String, Object>> days = (List<Map<String, Object>>) result.get("days");
			assertThat(days).extracting(day -> day.get("date")).containsExactlyElementsOf(workingDays);
			assertThat(days).flatExtracting(day -> (List<Map<String, Object>>) day.get("slots"))
				.extracting(slot -> OffsetDateTime.parse((String) slot.get("start")).toInstant())
				.allSatisfy(start -> assertThat(start).isAfterOrEqualTo(now));
		}
		finally {
			jdbc.update("UPDATE portal_settings SET min_lead_days = 1, max_lead_days = 30");
		}
	}

	@Test
	void aNowOutsideTheBookingYearsIsRefusedNamingTheField() {
		for (String now : List.of("+300000-01-01T00:00:00Z", "-5000-01-01T00:00:00Z", Instant.MIN.toString(), Instant.MAX.toString(),
				"1999-12-31T23:59:59Z", "2200-01-01T00:00:00Z")) {
			ResponseEntity<Map<String, Object>> response = search(Map.of("serviceType", "ac-repair", "account", "a1", "now", now));

			assertThat(response.getStatusCode()).as(now).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(response.getBody()).as(now).containsEntry("errors", List.of("now: must lie in the years 2000 to 2199"));
		}
		assertThat(search(Map.of("serviceType", "ac-repair", "account", "a1", "now", "2199-12-31T23:59:59Z")).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void aBodyThatCannotBeReadIsRefusedNamingTheFieldInTheBodysWords() {
		assertThat(search(Map.of("serviceType", "ac\u0000repair", "account", "a1")).getBody()).containsEntry("errors",
				List.of("serviceType: contains a control character (U+0000) at position 3"));
		assertThat(search(Map.of("serviceType", "ac-repair", "account", "a1", "now", "tomorrow")).getBody())
			.containsEntry("status", 400)
			.containsEntry("errors", List.of("now: expected a date and time such as \"2026-12-01T09:00:00Z\", not \"tomorrow\""));
		assertThat(search(Map.of("serviceType", "", "account", "a1")).getBody()).containsEntry("errors",
				List.of("serviceType: must not be blank"));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking", Long.class)).as("nothing written").isEqualTo(1);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private ResponseEntity<Map<String, Object>> search(Map<String, String> body) {
		return (ResponseEntity) http.withBasicAuth("admin", "admin").postForEntity("/api/v1/slot-search", body, Map.class);
	}

}
