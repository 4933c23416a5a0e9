package org.fieldbook.load;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.masterdata.MasterDataImporter;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Fieldbook under load, over HTTP on loopback, with its job executor on: 50 customers sign in through the portal's
 * form and, for 3 minutes ({@code -Dload.seconds}), search free times, book, and now and then move or cancel a
 * booking, while a dispatcher completes bookings in the back office; SMTP (GreenMail) and the SMS API (WireMock,
 * answering 201 as Twilio does) are on loopback too. Afterwards the jobs are left to drain, the ledger is checked for
 * double bookings and the message log and both sinks for notices that never went out; then the same threads start a
 * bare process with a booking's five jobs for 30 seconds ({@code -Dload.baseline-seconds}), the engine's own pace.
 * Prints one {@code load …} line, and on stderr what happened besides. Its own context and database, as the shared
 * test context runs no job executor. Run with {@code ./mvnw -Pbench verify -Dtest=LoadBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fieldbook.embedded-database.data-directory=target/load-bench-postgres",
				"fieldbook.embedded-database.clean=true", "camunda.bpm.job-execution.enabled=true" })
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestPorts.Initializer.class)
class LoadBenchmark {

	private static final int CUSTOMERS = 50;

	private static final int TECHNICIANS = 30;

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@RegisterExtension
	static final WireMockExtension twilio = TestPorts.httpPeer();

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MasterDataImporter importer;

	@Autowired
	Contacts contacts;

	@Autowired
	PortalAccountService portalAccounts;

	@Autowired
	IdentityService identity;

	@Autowired
	ManagementService management;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Test
	void load() throws Exception {
		Duration duration = Duration.ofSeconds(Long.getLong("load.seconds", 180));
		long thinkMillis = Long.getLong("load.think-ms", 0);
		twilio.stubFor(post(urlEqualTo(TestPorts.SMS_MESSAGES)).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sid\":\"SMload\",\"status\":\"queued\"}")));
		List<LoadWorld.Customer> world = LoadWorld.create(CUSTOMERS, TECHNICIANS, importer, contacts, portalAccounts,
				identity, jdbc);

		Tally tally = new Tally();
		List<PortalCustomer> customers = new ArrayList<>();
		for (int i = 0; i < world.size(); i++) {
			PortalCustomer customer = new PortalCustomer(port, clock, world.get(i), tally, 14_000L + i);
			customer.signIn();
			customers.add(customer);
		}
		Dispatcher dispatcher = new Dispatcher(port, tally);
		dispatcher.signIn();
		for (PortalCustomer customer : customers) {
			customer.warmUp();
		}
		if (tally.errors() > 0) {
			throw new IllegalStateException("The warm-up failed: " + tally.errorKinds());
		}
		tally.startOver();
		System.err.println("load: " + customers.size() + " customers signed in, running for " + duration.toSeconds() + " s");

		CpuTime cpuBefore = CpuTime.now();
		long started = System.nanoTime();
		long deadline = started + duration.toNanos();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < customers.size(); i++) {
			PortalCustomer customer = customers.get(i);
			threads.add(new Thread(() -> customer.runUntil(deadline, thinkMillis), "customer-" + i));
		}
		threads.add(new Thread(() -> dispatcher.runUntil(deadline, 500), "dispatcher"));
		threads.forEach(Thread::start);
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - started) / 1e9;

		AfterTheRun after = new AfterTheRun(jdbc, management, smtp, twilio);
		double drainSeconds = after.drain(Duration.ofSeconds(Long.getLong("load.drain-seconds", 600)));
		CpuTime cpu = CpuTime.now().since(cpuBefore);
		int doubleBookings = after.doubleBookings();
		int lost = after.lostNotifications(tally);

		double baseline = new BaselineEngine(repository, runtime, history).run(CUSTOMERS,
				Duration.ofSeconds(Long.getLong("load.baseline-seconds", 30)));
		double bookingsPerSecond = tally.bookings.size() / seconds;

		System.err.println(String.format(Locale.ROOT,
				"load details: seconds=%.1f bookings=%d moves=%d cancels=%d completions=%d searches=%d drain_s=%.1f "
						+ "cpu_ms_per_booking jvm=%.0f postgres=%.0f outcomes=%s errors=%s",
				seconds, tally.bookings.size(), tally.moves(), tally.canceled.size(), tally.completed.size(),
				tally.searches(), drainSeconds, cpu.jvm().toMillis() / (double) tally.bookings.size(),
				cpu.postgres().toMillis() / (double) tally.bookings.size(), tally.outcomes(), tally.errorKinds()));
		after.explain().forEach(System.err::println);
		System.out.println(String.format(Locale.ROOT,
				"load customers=%d bookings_per_s=%.2f search_p95_ms=%.1f book_p95_ms=%.1f errors=%d double_bookings=%d "
						+ "lost_notifications=%d baseline_engine_per_s=%.2f ratio=%.2f",
				CUSTOMERS, bookingsPerSecond, tally.searchP95Millis(), tally.bookP95Millis(), tally.errors(), doubleBookings,
				lost, baseline, bookingsPerSecond / baseline));
		assertThat(tally.bookings).as("bookings made under load").isNotEmpty();
	}

}
