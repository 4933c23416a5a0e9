package org.fieldbook.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A real PostgreSQL started from a jar, its data kept in a directory across restarts.
 * <p>
 * When a PostgreSQL from an earlier run still serves the directory (Fieldbook was killed, or a
 * command-line import runs beside a running Fieldbook), it is reused on purpose instead of failing
 * on the lock that PostgreSQL holds there.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final Duration ADOPTED_STOP_TIMEOUT = Duration.ofSeconds(30);

	private final EmbeddedPostgres started;

	private final ProcessHandle adopted;

	private final int port;

	private final Path dataDirectory;

	private final boolean stopAdopted;

	private EmbeddedDatabase(EmbeddedPostgres started, ProcessHandle adopted, int port, Path dataDirectory,
			boolean stopAdopted) {
		this.started = started;
		this.adopted = adopted;
		this.port = port;
		this.dataDirectory = dataDirectory;
		this.stopAdopted = stopAdopted;
	}

	public static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) {
		Path directory = properties.dataDirectory().toAbsolutePath().normalize();
		try {
			Optional<RunningServer> running = properties.clean() ? Optional.empty() : RunningServer.in(directory);
			if (running.isPresent()) {
				RunningServer server = running.get();
				log.warn("PostgreSQL from an earlier run still serves {} (pid {}, port {}): reusing it{}", directory,
						server.process().pid(), server.port(),
						properties.stopAdopted() ? "; it stops when Fieldbook stops" : "");
				return new EmbeddedDatabase(null, server.process(), server.port(), directory,
						properties.stopAdopted());
			}
			if (properties.clean()) {
				FileSystemUtils.deleteRecursively(directory);
			}
			boolean fresh = !Files.exists(directory.resolve("PG_VERSION"));
			Files.createDirectories(directory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(properties.clean())
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			log.info("Embedded PostgreSQL {} on port {} with data in {}", fresh ? "initialised and started" : "started",
					postgres.getPort(), directory);
			return new EmbeddedDatabase(postgres, null, postgres.getPort(), directory, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	public String username() {
		return "postgres";
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	@Override
	public void close() throws IOException {
		if (started != null) {
			started.close();
			log.info("Embedded PostgreSQL stopped");
		}
		else if (adopted != null && stopAdopted) {
			// SIGTERM is PostgreSQL's "smart" shutdown: it waits for clients, and ours are gone by now.
			adopted.destroy();
			try {
				adopted.onExit().get(ADOPTED_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
				log.info("Embedded PostgreSQL from the earlier run stopped");
			}
			catch (Exception ex) {
				log.warn("Embedded PostgreSQL (pid {}) did not stop within {}", adopted.pid(), ADOPTED_STOP_TIMEOUT);
			}
		}
	}

	/** A live postmaster found through the {@code postmaster.pid} that PostgreSQL writes into its directory. */
	record RunningServer(ProcessHandle process, int port) {

		static Optional<RunningServer> in(Path directory) throws IOException {
			Path pidFile = directory.resolve("postmaster.pid");
			if (!Files.isRegularFile(pidFile)) {
				return Optional.empty();
			}
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.size() < 4) {
				return Optional.empty();
			}
			long pid = Long.parseLong(lines.get(0).trim());
			int port = Integer.parseInt(lines.get(3).trim());
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false))
				.map(process -> new RunningServer(process, port));
		}
	}

}
