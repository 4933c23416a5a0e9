package org.fieldbook.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.fieldbook.support.DomainTables;
import org.fieldbook.support.ExampleCompany;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@FieldbookIntegrationTest
class MasterDataImportControllerTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyDatabase() {
		DomainTables.truncate(jdbc);
	}

	@Test
	void staffImportAnswersWithTheCountsPerKind() throws IOException {
		ResponseEntity<String> response = post(ExampleCompany.json());

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("\"technicians\":{\"created\":1,\"updated\":0,\"unchanged\":0}",
				"\"bookings\":{\"created\":1,\"updated\":0,\"unchanged\":0}");
		assertThat(post(ExampleCompany.json()).getBody()).contains("\"technicians\":{\"created\":0,\"updated\":1,\"unchanged\":0}",
				"\"contacts\":{\"created\":0,\"updated\":0,\"unchanged\":1}");
	}

	@Test
	void rejectedFileAnswers422WithEveryProblem() throws IOException {
		ResponseEntity<String> response = post(ExampleCompany.json().replace("\"minLevel\":2", "\"minLevel\":12"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody()).contains("Import rejected",
				"serviceTypes[0] (id \\\"ac-repair\\\") field \\\"skills[0].minLevel\\\": 12 is outside 0 to 10");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM territory", Long.class)).isZero();
	}

	@Test
	void anEmptyBodyOrAControlCharacterIsNamedInTheFilesWords() throws IOException {
		assertThat(post("").getBody()).contains("\"errors\":[\"file: is empty\"]");

		ResponseEntity<String> response = post(ExampleCompany.json().replace("\"Ana Ruiz\"", "\"Ana\\u0000Ruiz\""));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(response.getBody()).contains("technicians[0].name: contains a control character (U+0000) at position 4")
			.doesNotContain("org.fieldbook", "java.");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM technician", Long.class)).isZero();
	}

	private ResponseEntity<String> post(String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.withBasicAuth("admin", "admin").postForEntity("/api/v1/import", new HttpEntity<>(json, headers), String.class);
	}

}
