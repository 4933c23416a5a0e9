package org.fieldbook.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.fieldbook.support.FieldbookProcess;
import org.fieldbook.support.FieldbookProcess.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

/**
 * With {@code spring.datasource.url} Fieldbook runs on that PostgreSQL and embeds nothing. A separate
 * PostgreSQL plays the external one.
 */
class ExternalDatabaseTest {

	@TempDir
	Path work;

	EmbeddedDatabase external;

	@BeforeEach
	void externalServer() {
		external = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(work.resolve("external"), true, true));
	}

	@AfterEach
	void stopExternalServer() throws Exception {
		external.close();
	}

	@Test
	void externalDatabaseIsUsedAndNothingIsEmbedded() throws Exception {
		Path file = Files.writeString(work.resolve("example.json"),
				new ClassPathResource("masterdata/example.json").getContentAsString(java.nio.charset.StandardCharsets.UTF_8));

		Result result = FieldbookProcess.run(work, "import", file.toString(), "--spring.datasource.url=" + external.jdbcUrl(),
				"--spring.datasource.username=postgres", "--fieldbook.admin.password=a-long-production-secret",
				"--logging.level.root=warn");

		assertThat(result.exitCode()).as(result.output()).isZero();
		try (Connection connection = DriverManager.getConnection(external.jdbcUrl(), "postgres", null);
				ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM technician")) {
			rows.next();
			assertThat(rows.getInt(1)).isEqualTo(1);
		}
		assertThat(work.resolve("data")).as("no embedded database directory").doesNotExist();
	}

	@Test
	void externalDatabaseWithTheDefaultAdminPasswordRefusesToStart() throws Exception {
		Result result = FieldbookProcess.run(work, "--spring.datasource.url=" + external.jdbcUrl(),
				"--spring.datasource.username=postgres");

		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("refuses to start", "FIELDBOOK_ADMIN_PASSWORD");
		try (Connection connection = DriverManager.getConnection(external.jdbcUrl(), "postgres", null);
				ResultSet rows = connection.createStatement()
					.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
			rows.next();
			assertThat(rows.getInt(1)).as("nothing was written to the external database").isZero();
		}
	}

}
