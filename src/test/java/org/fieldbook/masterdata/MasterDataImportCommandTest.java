package org.fieldbook.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.fieldbook.FieldbookApplication;
import org.fieldbook.support.ExampleCompany;
import org.fieldbook.support.FieldbookProcess;
import org.fieldbook.support.FieldbookProcess.Result;
import org.fieldbook.system.EmbeddedDatabase;
import org.fieldbook.system.EmbeddedDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar fieldbook.jar import FILE.json}: a whole Fieldbook without web server, on its own
 * database, run as a separate process so that its exit code is the real one.
 */
class MasterDataImportCommandTest {

	@TempDir
	Path work;

	@Test
	void importsAGoodFileAndRejectsABadOneWholeWithItsExitCode() throws Exception {
		Path data = work.resolve("postgres");
		Path good = Files.writeString(work.resolve("good.json"), ExampleCompany.json());
		Path bad = Files.writeString(work.resolve("bad.json"),
				ExampleCompany.json().replace("\"Ana Ruiz\"", "\"Ana\"").replace("\"hvac\",\"level\"", "\"gas\",\"level\""));

		Result imported = importCommand(good, data);

		assertThat(imported.exitCode()).as(imported.output()).isZero();
		Result rejected = importCommand(bad, data);

		assertThat(rejected.exitCode()).isEqualTo(1);
		assertThat(rejected.output()).contains("technicians[0] (id \"t1\") field \"skills[0].skill\": unknown skill id \"gas\"");
		Path control = Files.writeString(work.resolve("control.json"), ExampleCompany.json().replace("\"Ana Ruiz\"", "\"Ana\\u0000\""));
		Result refused = importCommand(control, data);

		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.output()).contains("technicians[0].name: contains a control character (U+0000) at position 4");
		try (EmbeddedDatabase database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(data, false, true))) {
			assertThat(query(database, "SELECT name FROM technician WHERE external_id = 't1'")).isEqualTo("Ana Ruiz");
			assertThat(query(database, "SELECT count(*) FROM booking")).isEqualTo("1");
		}
	}

	@Test
	void withoutAFileItPrintsUsage() {
		assertThat(MasterDataImportCommand.run(FieldbookApplication.class, new String[] { "import" })).isEqualTo(2);
	}

	private Result importCommand(Path file, Path data) throws IOException, InterruptedException {
		return FieldbookProcess.run(work, "import", file.toString(), "--fieldbook.embedded-database.data-directory=" + data,
				"--logging.level.root=warn");
	}

	private static String query(EmbeddedDatabase database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), null);
				ResultSet rows = connection.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
