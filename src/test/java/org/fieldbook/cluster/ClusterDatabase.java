package org.fieldbook.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * The one PostgreSQL of a cluster test, started by the test JVM on a fixed data directory and port, so that it can
 * be stopped and started again under the nodes' feet. Built as {@code system.EmbeddedDatabase} builds it: without
 * zonky's shutdown hook, and never cleaning the directory itself (zonky's clean mode deletes it on stop).
 */
final class ClusterDatabase implements AutoCloseable {

	static final String USERNAME = "postgres";

	static final String PASSWORD = "postgres";

	private final Path directory;

	private final int port;

	private EmbeddedPostgres running;

	private ClusterDatabase(Path directory, int port) {
		this.directory = directory;
		this.port = port;
	}

	/** An empty database in the directory, which is deleted first. */
	static ClusterDatabase fresh(Path directory) {
		FileSystemUtils.deleteRecursively(directory.toFile());
		ClusterDatabase database = new ClusterDatabase(directory.toAbsolutePath(), freePort());
		database.start();
		return database;
	}

	void start() {
		try {
			Files.createDirectories(directory);
			running = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPort(port)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "100")
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the cluster's PostgreSQL in " + directory, ex);
		}
	}

	/** A fast shutdown: the nodes' connections are cut, as when the server restarts. */
	void stop() {
		try {
			running.close();
			running = null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	/** The test's own access, a connection per statement, so that it outlives a restart. */
	JdbcTemplate jdbc() {
		return new JdbcTemplate(new DriverManagerDataSource(jdbcUrl(), USERNAME, PASSWORD));
	}

	@Override
	public void close() {
		if (running != null) {
			stop();
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port", ex);
		}
	}

}
