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
 * When a PostgreSQL still serves the directory, the owner file beside it (the process id of the Fieldbook
 * that started or adopted it) tells why: its owner was killed, and this start adopts the orphan and stops
 * it at the end; or its owner runs, and this start refuses (a second Fieldbook would stop the first one's
 * database), unless it is a command-line import, which uses the server and leaves it running.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final Duration ADOPTED_STOP_TIMEOUT = Duration.ofSeconds(30);

	private final EmbeddedPostgres started;

	private final ProcessHandle adopted;

	private final int port;

	private final Path dataDirectory;

	private final boolean stopAdopted;

	private final Path ownerFile;

	private EmbeddedDatabase(EmbeddedPostgres started, ProcessHandle adopted, int port, Path dataDirectory,
			boolean stopAdopted) {
		this.started = started;
		this.adopted = adopted;
		this.port = port;
		this.dataDirectory = dataDirectory;
		this.stopAdopted = stopAdopted;
		this.ownerFile = ownerFile(dataDirectory);
	}

	public static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) {
		Path directory = properties.dataDirectory().toAbsolutePath().normalize();
		try {
			Optional<RunningServer> running = properties.clean() ? Optional.empty() : RunningServer.in(directory);
			if (running.isPresent()) {
				RunningServer server = running.get();
				Optional<ProcessHandle> owner = liveOwner(directory);
				if (owner.isPresent() && properties.stopAdopted()) {
					throw new IllegalStateException("Another Fieldbook (pid " + owner.get().pid() + ") runs on the embedded "
							+ "PostgreSQL in " + directory + ": stop it first, or give this one another "
							+ "fieldbook.embedded-database.data-directory");
				}
				if (owner.isPresent()) {
					log.info("Using the embedded PostgreSQL of the running Fieldbook (pid {}) in {}, port {}",
							owner.get().pid(), directory, server.port());
					return new EmbeddedDatabase(null, server.process(), server.port(), directory, false);
				}
				log.warn("PostgreSQL from an earlier run still serves {} (pid {}, port {}): reusing it{}", directory,
						server.process().pid(), server.port(),
						properties.stopAdopted() ? "; it stops when Fieldbook stops" : "");
				EmbeddedDatabase adopted = new EmbeddedDatabase(null, server.process(), server.port(), directory,
						properties.stopAdopted());
				adopted.claimOwnership();
				return adopted;
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
				// Its output reaches our log only until it has started: the server log (a deadlock names both
				// statements there) goes to log/ in the data directory, one file per weekday, overwritten a week later.
				.setServerConfig("logging_collector", "on")
				.setServerConfig("log_directory", "log")
				.setServerConfig("log_filename", "postgresql-%a.log")
				.setServerConfig("log_truncate_on_rotation", "on")
				.start();
			log.info("Embedded PostgreSQL {} on port {} with data in {}", fresh ? "initialised and started" : "started",
					postgres.getPort(), directory);
			EmbeddedDatabase database = new EmbeddedDatabase(postgres, null, postgres.getPort(), directory, true);
			database.claimOwnership();
			return database;
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
		boolean owner = started != null || stopAdopted;
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
		if (owner) {
			Files.deleteIfExists(ownerFile);
		}
	}

	private void claimOwnership() throws IOException {
		Files.writeString(ownerFile, Long.toString(ProcessHandle.current().pid()));
	}

	private static Path ownerFile(Path directory) {
		return directory.resolveSibling(directory.getFileName() + ".owner");
	}

	/** The Fieldbook process that started or adopted the server in the directory, while it runs. */
	private static Optional<ProcessHandle> liveOwner(Path directory) throws IOException {
		Path file = ownerFile(directory);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return ProcessHandle.of(Long.parseLong(Files.readString(file).trim())).filter(ProcessHandle::isAlive);
		}
		catch (NumberFormatException unreadable) {
			return Optional.empty();
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
