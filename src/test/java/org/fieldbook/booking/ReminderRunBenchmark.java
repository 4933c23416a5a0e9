package org.fieldbook.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.user.GreenMailUser;
import com.sun.net.httpserver.HttpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * One reminder run over 100,000 due bookings (system property {@code reminders.n} for a shorter try), as the job
 * executor of one node works it off: each booking of its own contact and account, written with plain SQL into a
 * fresh embedded PostgreSQL of its own; communication type "email and SMS", every contact with an address, a phone
 * and SMS consent, so each reminder is one email to GreenMail and one SMS to a bare HTTP server answering as the
 * provider does (WireMock's matching and journal would cost more CPU than Fieldbook's send), both on loopback. The job
 * executor is on here (the tests turn it off) with the settings of application.yaml, which system properties
 * override ({@code -Dcamunda.bpm.job-execution.max-pool-size=…}). The sinks count on arrival, per booking (each
 * booking has its own recipient address and phone), and keep nothing, so that the heap measured is Fieldbook's.
 * Prints one {@code reminders …} line: seconds from the start of the run until every reminder was delivered,
 * reminders per second, duplicates and missing (in the two sinks and the notification log together), and the
 * highest used heap sampled every 100 ms. Run with {@code ./mvnw -Pbench verify -Dtest=ReminderRunBenchmark}.
 */
@SpringBootTest(properties = { "fieldbook.embedded-database.data-directory=target/reminder-bench-postgres",
				"fieldbook.embedded-database.clean=true", "camunda.bpm.job-execution.enabled=true",
				"logging.level.com.icegreen=warn" })
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestPorts.Initializer.class)
class ReminderRunBenchmark {

	private static final int BOOKINGS = Integer.getInteger("reminders.n", 100_000);

	private static final int TECHNICIANS = 2_000;

	private static final long TIMEOUT_SECONDS = 3 * 3600;

	private static final Pattern EMAIL = Pattern.compile("^c(\\d+)@example\\.com$");

	private static final Pattern SMS_TO = Pattern.compile("(?:^|&)To=%2B1(\\d{10})(?:&|$)");

	/** Phone of booking n: +1 followed by 2000000000 + n. */
	private static final long PHONE_BASE = 2_000_000_000L;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	private final AtomicIntegerArray emails = new AtomicIntegerArray(BOOKINGS);

	private final AtomicIntegerArray texts = new AtomicIntegerArray(BOOKINGS);

	private final AtomicLong strays = new AtomicLong();

	private final ScheduledExecutorService sinkCleaner = Executors.newSingleThreadScheduledExecutor(daemon("smtp-sink"));

	@Test
	void reminderRun() throws Exception {
		fill();
		jdbc.execute("VACUUM ANALYZE");
		GreenMail smtp = countingSmtpServer();
		HttpServer sms = countingSmsApi();
		HeapSampler heap = new HeapSampler();
		try {
			long started = System.nanoTime();
			Job timer = management.createJobQuery().processDefinitionKey(ReminderProcess.KEY).timers().singleResult();
			management.executeJob(timer.getId());
			awaitEveryReminder(started);
			double seconds = (System.nanoTime() - started) / 1e9;
			long duplicates = duplicates(emails) + duplicates(texts) + jdbc.queryForObject("""
					SELECT count(*) - count(DISTINCT (booking_id, channel)) FROM notification
					 WHERE type = 'BOOKING_REMINDER' AND state = 'SENT'""", Long.class);
			long missing = missing(emails) + missing(texts) + 2L * BOOKINGS - jdbc.queryForObject("""
					SELECT count(DISTINCT (booking_id, channel)) FROM notification
					 WHERE type = 'BOOKING_REMINDER' AND state = 'SENT'""", Long.class);
			System.out.println(String.format(Locale.ROOT,
					"reminders n=%d seconds=%.1f per_s=%.1f duplicates=%d missing=%d heap_max_mb=%d", BOOKINGS, seconds,
					BOOKINGS / seconds, duplicates, missing, heap.maxUsedBytes() / (1024 * 1024)));
			assertThat(strays.get()).as("messages to no booking of the benchmark").isZero();
		}
		finally {
			heap.stop();
			sinkCleaner.shutdownNow();
			sms.stop(0);
			smtp.stop();
		}
	}

	/** Until both sinks have a message for every booking and the engine has nothing left to do. */
	private void awaitEveryReminder(long started) throws InterruptedException {
		while (missing(emails) + missing(texts) > 0 || busy()) {
			assertThat((System.nanoTime() - started) / 1e9).as("seconds for the run").isLessThan(TIMEOUT_SECONDS);
			Thread.sleep(1000);
		}
	}

	private boolean busy() {
		return runtime.createProcessInstanceQuery().processDefinitionKey(ReminderProcess.KEY).count() > 0
				|| runtime.createProcessInstanceQuery().processDefinitionKey(ReminderBatchProcess.KEY).count() > 0
				|| runtime.createProcessInstanceQuery().processDefinitionKey("notification").count() > 0;
	}

	private GreenMail countingSmtpServer() throws Exception {
		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.port(TestPorts.SMTP));
		smtp.start();
		GreenMailUser sink = smtp.setUser("sink@example.com", "sink");
		smtp.getUserManager().setMessageDeliveryHandler((message, address) -> {
			count(EMAIL.matcher(address.getEmail()), 0, emails);
			return sink;
		});
		// Everything was counted on arrival: the stored copies go, so that the sink holds no heap.
		sinkCleaner.scheduleWithFixedDelay(() -> {
			try {
				smtp.getManagers().getImapHostManager().getInbox(sink).deleteAllMessages();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}, 1, 1, TimeUnit.SECONDS);
		return smtp;
	}

	/**
	 * The SMS provider's Messages API as a bare HTTP server (the JDK's, keep-alive), answering 201 as Twilio does:
	 * the run's 100,000 requests would cost WireMock's matching and journal more CPU than Fieldbook spends on them.
	 */
	private HttpServer countingSmsApi() throws IOException {
		HttpServer sms = HttpServer.create(new InetSocketAddress(TestPorts.HTTP), 64);
		byte[] accepted = "{\"sid\":\"SMbench\",\"status\":\"queued\"}".getBytes(StandardCharsets.UTF_8);
		sms.createContext("/2010-04-01/Accounts/", exchange -> {
			try (exchange) {
				String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				if ("POST".equals(exchange.getRequestMethod()) && exchange.getRequestURI().getPath().endsWith("/Messages.json")) {
					count(SMS_TO.matcher(form), PHONE_BASE, texts);
				}
				else {
					strays.incrementAndGet();
				}
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(201, accepted.length);
				exchange.getResponseBody().write(accepted);
			}
		});
		sms.setExecutor(Executors.newFixedThreadPool(4, daemon("sms-sink")));
		sms.start();
		return sms;
	}

	/** Counts a message for booking (number in the recipient − offset), or as a stray. */
	private void count(Matcher recipient, long offset, AtomicIntegerArray perBooking) {
		if (!recipient.find()) {
			strays.incrementAndGet();
			return;
		}
		long n = Long.parseLong(recipient.group(1)) - offset;
		if (n < 0 || n >= BOOKINGS) {
			strays.incrementAndGet();
			return;
		}
		perBooking.incrementAndGet((int) n);
	}

	private static long duplicates(AtomicIntegerArray perBooking) {
		long duplicates = 0;
		for (int i = 0; i < perBooking.length(); i++) {
			duplicates += Math.max(0, perBooking.get(i) - 1);
		}
		return duplicates;
	}

	private static long missing(AtomicIntegerArray perBooking) {
		long missing = 0;
		for (int i = 0; i < perBooking.length(); i++) {
			if (perBooking.get(i) == 0) {
				missing++;
			}
		}
		return missing;
	}

	/**
	 * Booking n (0-based) belongs to contact n ({@code c{n}@example.com}, phone +1 (2000000000 + n)) of account n,
	 * and is technician n % 2,000's (n / 2,000)-th visit, one hour each from two hours from now on: all within the
	 * reminder window of four days, no technician booked twice at once.
	 */
	private void fill() {
		jdbc.update("UPDATE portal_settings SET communication_type = 'BOTH', reminder_window_days = 4");
		jdbc.update("INSERT INTO territory (external_id, name, time_zone) VALUES ('bench-t', 'Territory', 'America/Chicago')");
		jdbc.update("INSERT INTO service_type (external_id, name, on_portal, duration_minutes) "
				+ "VALUES ('bench-service', 'Boiler service', true, 60)");
		jdbc.update("INSERT INTO technician (external_id, name, time_zone, home_lat, home_lon) "
				+ "SELECT 'bench-tech-' || n, 'Technician ' || n, 'America/Chicago', 41.88, -87.63 "
				+ "FROM generate_series(0, ? - 1) n ORDER BY n", TECHNICIANS);
		jdbc.update("INSERT INTO account (external_id, name, time_zone, territory_id, address_line1, address_city, "
				+ "address_postal_code, address_country, address_lat, address_lon) "
				+ "SELECT 'bench-a-' || n, 'Account ' || n, 'America/Chicago', (SELECT id FROM territory), "
				+ "n || ' Main Street', 'Chicago', '60601', 'US', 41.88, -87.63 FROM generate_series(0, ? - 1) n ORDER BY n",
				BOOKINGS);
		jdbc.update("INSERT INTO contact (external_id, first_name, last_name, email, phone, sms_consent) "
				+ "SELECT 'bench-c-' || n, 'Sam', 'Lee ' || n, 'c' || n || '@example.com', '+1' || (? + n), true "
				+ "FROM generate_series(0, ? - 1) n ORDER BY n", PHONE_BASE, BOOKINGS);
		long firstAccount = jdbc.queryForObject("SELECT min(id) FROM account", Long.class);
		long firstContact = jdbc.queryForObject("SELECT min(id) FROM contact", Long.class);
		long firstTechnician = jdbc.queryForObject("SELECT min(id) FROM technician", Long.class);
		long serviceType = jdbc.queryForObject("SELECT id FROM service_type WHERE external_id = 'bench-service'", Long.class);
		jdbc.update("INSERT INTO account_contact (account_id, contact_id) SELECT ? + n, ? + n FROM generate_series(0, ? - 1) n",
				firstAccount, firstContact, BOOKINGS);
		jdbc.update("INSERT INTO work_order (account_id, reported_by_contact_id, service_type_id, address_line1, "
				+ "address_city, address_postal_code, address_country, address_lat, address_lon, status) "
				+ "SELECT ? + n, ? + n, ?, 'Main Street', 'Chicago', '60601', 'US', 41.88, -87.63, 'SCHEDULED' "
				+ "FROM generate_series(0, ? - 1) n ORDER BY n", firstAccount, firstContact, serviceType, BOOKINGS);
		long firstWorkOrder = jdbc.queryForObject("SELECT min(id) FROM work_order", Long.class);
		jdbc.update("INSERT INTO booking (reference, work_order_id, source, starts_at, ends_at, location_lat, location_lon, "
				+ "status, created_at) SELECT 'FB-' || lpad(n::text, 7, '0'), ? + n, 'PORTAL', s, s + interval '1 hour', "
				+ "41.88, -87.63, 'SCHEDULED', now() FROM generate_series(0, ? - 1) n, "
				+ "LATERAL (SELECT date_trunc('hour', now()) + interval '2 hours' + (n / ?) * interval '1 hour' AS s) slot "
				+ "ORDER BY n", firstWorkOrder, BOOKINGS, TECHNICIANS);
		long firstBooking = jdbc.queryForObject("SELECT min(id) FROM booking", Long.class);
		jdbc.update("INSERT INTO booking_assignment (booking_id, technician_id) SELECT b.id, ? + (b.id - ?) % ? FROM booking b",
				firstTechnician, firstBooking, TECHNICIANS);
	}

	private static ThreadFactory daemon(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	/** The used heap, every 100 ms; the highest seen. */
	private static final class HeapSampler {

		private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

		private final AtomicLong max = new AtomicLong();

		private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(daemon("heap-sampler"));

		HeapSampler() {
			sampler.scheduleAtFixedRate(() -> max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max), 0, 100,
					TimeUnit.MILLISECONDS);
		}

		long maxUsedBytes() {
			return max.get();
		}

		void stop() {
			sampler.shutdownNow();
		}

	}

}
