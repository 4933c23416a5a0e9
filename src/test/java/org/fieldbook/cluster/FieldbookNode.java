package org.fieldbook.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.fieldbook.FieldbookApplication;

/**
 * One Fieldbook node: the application's main class in a JVM of its own, as an operator runs it, on the cluster's
 * PostgreSQL (external database mode: no demo, no embedded server), with the test JVM's SMTP and SMS sinks. Its job
 * executor runs (the {@code test} profile is not active) with a short lock time, so that the jobs a killed node held
 * are taken over quickly; its engine hostname is the node's name, which the history's job log records per job.
 */
final class FieldbookNode {

	static final String ADMIN = "admin";

	static final String ADMIN_PASSWORD = "cluster-admin-secret";

	/** How long a job stays locked by the node that acquired it; a killed node's jobs are free again after this. */
	static final int LOCK_TIME_MILLIS = 10_000;

	/**
	 * The longest an idle job executor waits before it looks for jobs again (Camunda's default is a minute): a node
	 * joins a burst of jobs another node created, or takes over a killed node's jobs, at most this long after. One
	 * second, as one node alone finished the shared run of 50 batches within 5 s on a fast day.
	 */
	static final long MAX_IDLE_WAIT_MILLIS = 1_000;

	static final String SMS_ACCOUNT = "ACcluster000000000000000000000000";

	/** Batches of ten reminders, so that even a short run has batches for both nodes to take. */
	static final int REMINDER_BATCH_SIZE = 10;

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String name;

	private final int port;

	private final List<String> command;

	private final Path log;

	private Process process;

	private Instant launched;

	private Duration startUp;

	private FieldbookNode(String name, int port, List<String> command, Path log) {
		this.name = name;
		this.port = port;
		this.command = command;
		this.log = log;
	}

	/** Launches the node without waiting for it: {@link #awaitUp()} does. */
	static FieldbookNode launch(String name, ClusterDatabase database, int smtpPort, int httpPort, Path logDirectory) {
		int port = ClusterDatabase.freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:ActiveProcessorCount=1",
				// C1 only: a node is UP in 25-32 s instead of 78-104 s with C2 compiling beside it (2 busy cores).
				"-XX:TieredStopAtLevel=1", "-cp", applicationClassPath(),
				FieldbookApplication.class.getName(), "--server.port=" + port,
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + ClusterDatabase.USERNAME,
				"--spring.datasource.password=" + ClusterDatabase.PASSWORD, "--fieldbook.admin.password=" + ADMIN_PASSWORD,
				"--spring.mail.host=localhost", "--spring.mail.port=" + smtpPort,
				"--fieldbook.sms.base-url=http://localhost:" + httpPort, "--fieldbook.sms.account-sid=" + SMS_ACCOUNT,
				"--fieldbook.sms.auth-token=cluster-token", "--fieldbook.sms.from=+15005550006",
				"--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MILLIS,
				"--camunda.bpm.job-execution.wait-time-in-millis=" + MAX_IDLE_WAIT_MILLIS / 2,
				"--camunda.bpm.job-execution.max-wait=" + MAX_IDLE_WAIT_MILLIS,
				"--fieldbook.reminders.batch-size=" + REMINDER_BATCH_SIZE,
				"--camunda.bpm.generic-properties.properties.hostname=" + name));
		FieldbookNode node = new FieldbookNode(name, port, command, logDirectory.resolve(name + ".log"));
		node.start();
		return node;
	}

	/**
	 * The test JVM's class path without its test classes: the node is the application alone (test configurations
	 * such as the test clock would otherwise be found by its component scan).
	 */
	private static String applicationClassPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
			.collect(Collectors.joining(File.pathSeparator));
	}

	/** Starts the node again (after a stop or a kill) on the same port, appending to its log. */
	void start() {
		try {
			Files.createDirectories(log.getParent());
			launched = Instant.now();
			process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start node " + name, ex);
		}
	}

	/** Waits until {@code /actuator/health} answers UP; a node that dies or takes too long fails with its log's tail. */
	FieldbookNode awaitUp() {
		Instant deadline = launched.plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new AssertionError("Node " + name + " exited with " + process.exitValue() + ":\n" + tail(80));
			}
			if (isUp()) {
				startUp = Duration.between(launched, Instant.now());
				return this;
			}
			pause(Duration.ofMillis(500));
		}
		throw new AssertionError("Node " + name + " not UP within " + START_TIMEOUT + ":\n" + tail(80));
	}

	boolean isUp() {
		try {
			HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health"))
				.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
			return health.statusCode() == 200 && health.body().contains("\"UP\"");
		}
		catch (IOException notListeningYet) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** SIGKILL, as {@code kill -9}: no shutdown hook, no committed work after this moment. */
	void kill() {
		process.destroyForcibly();
		await(process);
	}

	/** SIGTERM: Spring's graceful shutdown. */
	void stop() {
		process.destroy();
		await(process);
	}

	boolean isAlive() {
		return process.isAlive();
	}

	String name() {
		return name;
	}

	/** How long the last start took, from launching the JVM until health was UP. */
	Duration startUp() {
		return startUp;
	}

	URI uri(String pathAndQuery) {
		return URI.create("http://localhost:" + port + pathAndQuery);
	}

	String log() {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String tail(int lines) {
		List<String> all = log().lines().toList();
		return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
	}

	/** The peak resident memory of the node's process (VmHWM), in MB, while it runs; -1 where /proc does not tell. */
	long peakResidentMegabytes() {
		try {
			return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))
				.stream()
				.filter(line -> line.startsWith("VmHWM:"))
				.map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
				.findFirst()
				.orElse(-1L);
		}
		catch (IOException | RuntimeException gone) {
			return -1;
		}
	}

	@Override
	public String toString() {
		return name + " (port " + port + ")";
	}

	private void await(Process stopping) {
		try {
			if (!stopping.waitFor(60, TimeUnit.SECONDS)) {
				stopping.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
