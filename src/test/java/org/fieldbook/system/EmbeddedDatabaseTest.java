package org.fieldbook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL keeps its data across restarts and reuses a server left running on purpose. */
class EmbeddedDatabaseTest {

	@TempDir
	Path data;

	@Test
	void dataSurvivesARestart() throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(data.resolve("pg"), false, true);
		try (EmbeddedDatabase first = EmbeddedDatabase.start(properties)) {
			execute(first, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
		}

		try (EmbeddedDatabase second = EmbeddedDatabase.start(properties)) {
			assertThat(query(second, "SELECT value FROM kept")).isEqualTo("still here");
		}
	}

	@Test
	void aServerStillRunningOnTheDirectoryIsReusedAndLeftRunningWhenAsked() throws Exception {
		try (EmbeddedDatabase owner = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(data.resolve("pg"), false, true))) {
			execute(owner, "CREATE TABLE shared (value text); INSERT INTO shared VALUES ('one server')");

			try (EmbeddedDatabase second = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(data.resolve("pg"), false, false))) {
				assertThat(second.jdbcUrl()).isEqualTo(owner.jdbcUrl());
				assertThat(query(second, "SELECT value FROM shared")).isEqualTo("one server");
			}

			assertThat(query(owner, "SELECT value FROM shared")).as("still running after the reuser closed").isEqualTo("one server");
		}
	}

	@Test
	void aSecondFieldbookOnARunningOnesDatabaseRefusesInsteadOfStoppingIt() throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(data.resolve("pg"), false, true);
		try (EmbeddedDatabase first = EmbeddedDatabase.start(properties)) {
			assertThatThrownBy(() -> EmbeddedDatabase.start(properties)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("Another Fieldbook (pid " + ProcessHandle.current().pid() + ")");

			execute(first, "SELECT 1");
		}
	}

	private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), null);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String query(EmbeddedDatabase database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), null);
				Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
