package org.fieldbook.admin.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.fieldbook.FieldbookApplication;
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
		Path good = Files.writeString(work.resolve("good.json"), MasterDataImporterTest.example());
		Path bad = Files.writeString(work.resolve("bad.json"),
				MasterDataImporterTest.example().replace("\"Ana Ruiz\"", "\"Ana\"").replace("\"hvac\",\"level\"", "\"gas\",\"level\""));

		Result imported = importCommand(good, data);

		assertThat(imported.exitCode()).as(imported.output()).isZero();
		Result rejected = importCommand(bad, data);

		assertThat(rejected.exitCode()).isEqualTo(1);
		assertThat(rejected.output()).contains("technicians[0] (id \"t1\") field \"skills[0].skill\": unknown skill id \"gas\"");
		try (EmbeddedDatabase database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(data, false, true))) {
			assertThat(query(database, "SELECT name FROM technician WHERE external_id = 't1'")).isEqualTo("Ana Ruiz");
			assertThat(query(database, "SELECT count(*) FROM booking")).isEqualTo("1");
		}
	}

	@Test
	void withoutAFileItPrintsUsage() {
		assertThat(MasterDataImportCommand.run(FieldbookApplication.class, new String[] { "import" })).isEqualTo(2);
	}

	record Result(int exitCode, String output) {
	}

	private Result importCommand(Path file, Path data) throws IOException, InterruptedException {
		Path output = Files.createTempFile(work, "import", ".log");
		Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), FieldbookApplication.class.getName(), "import", file.toString(),
				"--fieldbook.embedded-database.data-directory=" + data, "--logging.level.root=warn"))
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("import did not finish within 3 minutes:\n" + Files.readString(output));
		}
		return new Result(process.exitValue(), Files.readString(output));
	}

	private static String query(EmbeddedDatabase database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), null);
				ResultSet rows = connection.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
