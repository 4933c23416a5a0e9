package org.fieldbook.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbook.cluster.Sinks.Counts;
import org.fieldbook.cluster.Sinks.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Two Fieldbook nodes, separate JVMs on one PostgreSQL that this test starts, started once for the class (at the same
 * moment, on the empty database) and shared by its tests in order; the ones that kill a node come last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {

	private static final Path WORK = Path.of("target/cluster");

	/** The bookings of the reminder run that loses a node, killed when a fifth is sent; fewer with {@code -Dfieldbook.cluster.reminders=…}. */
	private static final int REMINDER_RUN = Integer.getInteger("fieldbook.cluster.reminders", 5_000);

	private static final Pattern JOB_ID = Pattern.compile("\"id\":\"([^\"]+)\"");

	/** The engine REST API's form of a date. */
	private static final DateTimeFormatter DUE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

	private final Instant classStarted = Instant.now();

	private ClusterDatabase database;

	private JdbcTemplate jdbc;

	private Sinks sinks;

	private FieldbookNode a;

	private FieldbookNode b;

	private final List<String> firstStartFailures = new ArrayList<>();

	private ClusterWorld world;

	private final List<String> portalBookings = new ArrayList<>();

	@BeforeAll
	void startTwoNodesAtOnceOnTheEmptyDatabase() {
		FileSystemUtils.deleteRecursively(WORK.toFile());
		database = ClusterDatabase.fresh(WORK.resolve("postgres"));
		jdbc = database.jdbc();
		sinks = Sinks.start();
		a = FieldbookNode.launch("node-a", database, sinks.smtpPort(), sinks.httpPort(), WORK);
		b = FieldbookNode.launch("node-b", database, sinks.smtpPort(), sinks.httpPort(), WORK);
		for (FieldbookNode node : List.of(a, b)) {
			try {
				node.awaitUp();
			}
			catch (AssertionError failed) {
				firstStartFailures.add(failed.getMessage());
				System.out.println("cluster: " + node + " failed its first start; started again on the database it "
						+ "left behind:\n" + failed.getMessage());
				node.start();
				node.awaitUp();
			}
		}
		System.out.printf("cluster: start-up node-a=%ds node-b=%ds (both launched at once, empty database)%n",
				a.startUp().toSeconds(), b.startUp().toSeconds());
		world = ClusterWorld.create(a, jdbc, 8);
	}

	@AfterAll
	void stopAll() {
		for (FieldbookNode node : new FieldbookNode[] { a, b }) {
			if (node != null && node.isAlive()) {
				System.out.printf("cluster: %s peak resident memory %d MB%n", node, node.peakResidentMegabytes());
				node.stop();
			}
		}
		if (sinks != null) {
			sinks.close();
		}
		if (database != null) {
			database.close();
		}
		System.out.printf("cluster: ClusterTest took %ds%n", Duration.between(classStarted, Instant.now()).toSeconds());
	}

	@Test
	@Order(1)
	void twoNodesStartedAtOnceOnAnEmptyDatabaseBothComeUpAndOneCreatesTheAdmin() {
		assertThat(firstStartFailures).as("nodes that failed to start beside the other").isEmpty();
		long created = List.of(a, b).stream().filter(node -> node.log().contains("created the first admin")).count();
		long found = List.of(a, b).stream().filter(node -> node.log().contains("exists already")).count();
		assertThat(created).as("nodes whose log says they created the first admin").isEqualTo(1);
		assertThat(found).as("nodes whose log says the first admin exists already").isEqualTo(1);
	}

	@Test
	@Order(2)
	void aCustomerSignedInOnOneNodeContinuesOnTheOther() {
		Visitor customer = world.signedIn(a, 1);
		assertThat(customer.get(a, "/bookings").status()).isEqualTo(200);

		Visitor.Page onB = customer.get(b, "/bookings");

		assertThat(onB.status()).as("the customer's session on node B (%s)", onB.location().orElse("")).isEqualTo(200);
		portalBookings.add(world.book(customer, b, 1));
	}

	@Test
	@Order(3)
	void aStaffMemberSignedInOnOneNodeIsSignedInOnTheOther() {
		Visitor admin = new Visitor();
		admin.signIn(a, "/admin/login", FieldbookNode.ADMIN, FieldbookNode.ADMIN_PASSWORD);
		assertThat(admin.get(a, "/admin").status()).isEqualTo(200);

		Visitor.Page onB = admin.get(b, "/admin");

		assertThat(onB.status()).as("the admin's session on node B (%s)", onB.location().orElse("")).isEqualTo(200);
	}

	@Test
	@Order(4)
	void bookingsThroughBothNodesGetOneConfirmationEach() {
		List<String> references = new ArrayList<>();
		for (int customer = 2; customer <= 5; customer++) {
			FieldbookNode node = customer % 2 == 0 ? a : b;
			references.add(world.book(world.signedIn(node, customer), node, customer));
		}
		portalBookings.addAll(references);

		awaitDelivered(Kind.CONFIRMATION, references, Duration.ofSeconds(90));
		assertExactlyOnce(Kind.CONFIRMATION, references);
	}

	@Test
	@Order(5)
	void theReminderRunExecutesOnBothNodesAndRemindsEveryBookingOnce() {
		List<String> due = new ArrayList<>(portalBookings);
		// Fifty batches: several seconds of work, more than an idle node's longest wait (max-wait, 1 s), so both take some.
		due.addAll(world.dueBookings(50 * FieldbookNode.REMINDER_BATCH_SIZE));

		Instant run = Instant.now();
		runReminders(a);

		awaitDelivered(Kind.REMINDER, due, Duration.ofMinutes(2));
		System.out.printf("cluster: %d reminders delivered in %ds%n", due.size(), Duration.between(run, Instant.now()).toSeconds());
		awaitNoJobsLeft(Duration.ofMinutes(1));
		assertExactlyOnce(Kind.REMINDER, due);
		Map<String, Long> jobsPerNode = successfulJobsPerNode(run);
		System.out.println("cluster: reminder jobs per node " + jobsPerNode);
		assertThat(jobsPerNode).as("reminder and notification jobs done per node").containsKeys(a.name(), b.name());
	}

	@Test
	@Order(6)
	void postgresRestartedUnderLoadAnswers503MeanwhileAndTheSameNodesServeAfterwards() throws Exception {
		List<Answer> answers = new CopyOnWriteArrayList<>();
		List<String> booked = new CopyOnWriteArrayList<>();
		AtomicReference<String> phase = new AtomicReference<>("before");
		AtomicBoolean running = new AtomicBoolean(true);
		Visitor customerOnA = world.signedIn(a, 4);
		Visitor customerOnB = world.signedIn(b, 5);
		ExecutorService load = Executors.newFixedThreadPool(3);
		load.submit(() -> pages(customerOnA, customerOnB, phase, running, answers));
		load.submit(() -> apiCalls(phase, running, answers));
		load.submit(() -> bookings(phase, running, booked));
		FieldbookNode.pause(Duration.ofSeconds(3));

		phase.set("outage");
		database.stop();
		FieldbookNode.pause(Duration.ofSeconds(10));
		database.start();
		phase.set("after");
		boolean serving = within(Duration.ofSeconds(60), () -> List.of(a, b).stream().allMatch(node ->
				customerOnA.get(node, "/bookings").status() == 200 && StaffApi.get(node, "/api/v1/settings").status() == 200));
		running.set(false);
		load.shutdown();
		assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

		Map<String, Map<Integer, Long>> statuses = answers.stream().collect(Collectors.groupingBy(Answer::phase,
				TreeMap::new, Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting())));
		System.out.println("cluster: answers per phase and status around the PostgreSQL restart " + statuses
				+ "; bookings made meanwhile " + booked + "; not 200: " + answers.stream()
					.filter(answer -> answer.status() != 200)
					.map(answer -> answer.phase() + " " + answer.path() + " " + answer.status() + " " + answer.contentType()
							+ " Retry-After=" + answer.retryAfter())
					.toList());
		assertThat(serving).as("both nodes serve the portal and the API again, without a restart").isTrue();
		assertThat(List.of(a, b)).allMatch(FieldbookNode::isAlive);
		assertThat(answers).as("no stack trace in any answer")
			.noneMatch(answer -> answer.body().contains("Exception") || answer.body().contains("at org."));
		List<Answer> outage = answers.stream().filter(answer -> answer.phase().equals("outage")).toList();
		assertThat(outage).as("answers during the outage").isNotEmpty()
			.allMatch(answer -> answer.status() == 200 || answer.status() == 503, "200 or 503")
			.anyMatch(answer -> answer.status() == 503);
		assertThat(outage).filteredOn(answer -> answer.status() == 503)
			.allMatch(answer -> answer.path().startsWith("/api/")
					? answer.contentType().startsWith("application/problem+json")
					: answer.retryAfter() != null, "a problem body for the API, Retry-After on the page");
		assertNoHalfWrittenBooking();
		awaitDelivered(Kind.CONFIRMATION, booked, Duration.ofSeconds(90));
		assertExactlyOnce(Kind.CONFIRMATION, booked);
		portalBookings.addAll(booked);
	}

	@Test
	@Order(7)
	void aNodeKilledBetweenTheBookingAndItsConfirmationLeavesTheConfirmationToTheOther() {
		sinks.smsAnswersAfter(5_000);
		Instant killed;
		String reference;
		try {
			reference = world.book(world.signedIn(a, 6), a, 6);
			a.kill();
			killed = Instant.now();
			awaitDelivered(Kind.CONFIRMATION, List.of(reference), Duration.ofSeconds(120));
		}
		finally {
			sinks.smsAnswersAfter(0);
		}
		System.out.printf("cluster: the confirmation of %s, booked on node-a killed at once, arrived %ds later%n",
				reference, Duration.between(killed, Instant.now()).toSeconds());
		System.out.println("cluster: the confirmation's jobs per node " + jobsPerNode(reference));
		a.start();
		a.awaitUp();
		awaitNoJobsLeft(Duration.ofMinutes(1));
		assertExactlyOnce(Kind.CONFIRMATION, List.of(reference));
		portalBookings.add(reference);
	}

	@Test
	@Order(8)
	void aTimeHeldByANodeThatIsKilledIsReleasedWhenItsTimerFiresOnTheOther() {
		// The day after tomorrow on the customers' clock: all of its times lie beyond the 24 hours' cutoff of a cancel.
		LocalDate day = LocalDate.now(ClusterWorld.ZONE).plusDays(2);
		Visitor leaving = world.signedIn(a, 7);
		Visitor waiting = world.signedIn(b, 8);
		String freed = world.bookFirstOn(leaving, a, 7, day);
		String later = world.bookLastOn(waiting, b, 8, day);
		Booked before = booked(later);
		assertThat(before.startsAt()).as("the waiting visit's time").isAfter(booked(freed).startsAt());

		String waitingPage = "/bookings/" + later;
		String leavingPage = "/bookings/" + freed;
		Visitor.Page asked = waiting.post(b, waitingPage, waitingPage + "/earlier", Map.of());
		assertThat(asked.location().orElse("")).as("asking for an earlier time").endsWith("?earlierAsked");
		Visitor.Page canceled = leaving.post(a, leavingPage, leavingPage + "/cancel", Map.of());
		assertThat(canceled.location().orElse("")).as("canceling the earlier visit").endsWith("?canceled");

		assertThat(within(Duration.ofSeconds(90), () -> holdsFor(before.id()) == 1)).as("the time held for %s", later).isTrue();
		awaitDelivered(Kind.EARLIER_TIME_OFFER, List.of(later), Duration.ofSeconds(90));
		String process = jdbc.queryForObject("SELECT process_instance_id FROM earlier_time_offer WHERE booking_id = ?",
				String.class, before.id());
		String holder = jdbc.queryForObject("""
				SELECT hostname_ FROM act_hi_job_log
				 WHERE process_instance_id_ = ? AND act_id_ = 'Task_HoldForNextVisit' AND job_state_ = 2""", String.class,
				process);
		FieldbookNode killed = holder.equals(a.name()) ? a : b;
		FieldbookNode survivor = killed == a ? b : a;
		killed.kill();
		Instant kill = Instant.now();
		System.out.printf("cluster: %s held the freed time for %s and was killed%n", killed.name(), later);

		assertThat(within(Duration.ofSeconds(60), () -> offerTimer(survivor, process).isPresent()))
			.as("the offer's timer job, seen by %s", survivor).isTrue();
		String timer = offerTimer(survivor, process).orElseThrow();
		// The timer waits five minutes at least; an operator makes it due now, as in Cockpit.
		StaffApi.Answer due = StaffApi.put(survivor, "/engine-rest/job/" + timer + "/duedate",
				"{\"duedate\":\"" + DUE_DATE.format(ZonedDateTime.now(ZoneOffset.UTC)) + "\"}");
		assertThat(due.status()).as("moving the timer's due date: %s", due.body()).isEqualTo(204);

		boolean released = within(Duration.ofSeconds(60), () -> holdsFor(before.id()) == 0
				&& offerState(before.id()).equals("EXPIRED") && survivor.name().equals(executedBy(timer)));
		Instant release = Instant.now();
		assertThat(released).as("within 60 s: holds %d, offer %s, timer executed by %s", holdsFor(before.id()),
				offerState(before.id()), executedBy(timer)).isTrue();
		System.out.printf("cluster: the time held for %s released %ds after %s was killed; its timer fired on %s%n", later,
				Duration.between(kill, release).toSeconds(), killed.name(), executedBy(timer));
		assertThat(booked(later)).as("the waiting visit").isEqualTo(before);
		assertThat(booked(freed).status()).as("the visit that freed the time").isEqualTo("CANCELED");
		killed.start();
		killed.awaitUp();
		awaitNoJobsLeft(Duration.ofMinutes(1));
	}

	@Test
	@Order(9)
	void aNodeKilledDuringAReminderRunLeavesNoBookingWithoutItsReminderAndNoneRemindedTwice() {
		List<String> due = world.dueBookings(REMINDER_RUN);
		int before = sinks.emailsReceived();

		runReminders(b);
		Instant run = Instant.now();
		Duration fifth = Duration.ofSeconds(REMINDER_RUN / 5);
		boolean underway = within(fifth, () -> sinks.emailsReceived() - before >= REMINDER_RUN / 5);
		assertThat(underway).as("%d reminders sent within %s", REMINDER_RUN / 5, fifth).isTrue();
		a.kill();
		System.out.printf("cluster: node-a killed %ds into the run of %d, at %d emails%n",
				Duration.between(run, Instant.now()).toSeconds(), REMINDER_RUN, sinks.emailsReceived() - before);

		awaitDelivered(Kind.REMINDER, due, Duration.ofSeconds(REMINDER_RUN));
		System.out.printf("cluster: %d reminders delivered in %ds%n", REMINDER_RUN, Duration.between(run, Instant.now()).toSeconds());
		awaitNoJobsLeft(Duration.ofMinutes(1));
		Counts emails = sinks.emails(Kind.REMINDER);
		Counts texts = sinks.texts(Kind.REMINDER);
		assertExactlyOnce(Kind.REMINDER, due);
		int threads = jobExecutorThreads();
		assertThat(repeated(emails, due)).as("emails sent twice on the wire: at most the killed node's %d job threads",
				threads).hasSizeLessThanOrEqualTo(threads);
		assertThat(repeated(texts, due)).as("SMS sent twice on the wire: at most the killed node's %d job threads",
				threads).hasSizeLessThanOrEqualTo(threads);
	}

	private record Booked(long id, Instant startsAt, String status) {
	}

	private Booked booked(String reference) {
		return jdbc.queryForObject("SELECT id, starts_at, status FROM booking WHERE reference = ?",
				(row, n) -> new Booked(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3)), reference);
	}

	private long holdsFor(long bookingId) {
		return jdbc.queryForObject("SELECT count(*) FROM booking WHERE source = 'HOLD' AND hold_for = ?", Long.class,
				bookingId);
	}

	private String offerState(long bookingId) {
		return jdbc.queryForObject("SELECT state FROM earlier_time_offer WHERE booking_id = ?", String.class, bookingId);
	}

	/** The engine hostname that executed the job successfully; null while none has. */
	private String executedBy(String jobId) {
		return jdbc.queryForList("SELECT hostname_ FROM act_hi_job_log WHERE job_id_ = ? AND job_state_ = 2", String.class,
				jobId).stream().findFirst().orElse(null);
	}

	private static Optional<String> offerTimer(FieldbookNode node, String processInstanceId) {
		Matcher timer = JOB_ID.matcher(StaffApi.get(node, "/engine-rest/job?processInstanceId=" + processInstanceId
				+ "&timers=true").body());
		return timer.find() ? Optional.of(timer.group(1)) : Optional.empty();
	}

	private void runReminders(FieldbookNode node) {
		StaffApi.Answer timers = StaffApi.get(node, "/engine-rest/job?processDefinitionKey=reminder&timers=true");
		Matcher timer = JOB_ID.matcher(timers.body());
		assertThat(timer.find()).as("the reminder's timer job: %s", timers.body()).isTrue();
		StaffApi.Answer executed = StaffApi.post(node, "/engine-rest/job/" + timer.group(1) + "/execute", "");
		assertThat(executed.status()).as("executing the reminder timer: %s", executed.body()).isEqualTo(204);
	}

	private record Answer(String phase, String path, int status, String contentType, String retryAfter, String body) {

		static Answer of(String phase, String path, Visitor.Page page) {
			return new Answer(phase, path, page.status(), page.header("Content-Type").orElse(""),
					page.header("Retry-After").orElse(null), page.body());
		}

	}

	private void pages(Visitor onA, Visitor onB, AtomicReference<String> phase, AtomicBoolean running,
			List<Answer> answers) {
		while (running.get()) {
			answers.add(page(phase.get(), onA, a));
			answers.add(page(phase.get(), onB, b));
			FieldbookNode.pause(Duration.ofMillis(200));
		}
	}

	/** A page the node did not answer at all (within the visitor's timeout) is an answer of status 0. */
	private static Answer page(String phase, Visitor visitor, FieldbookNode node) {
		try {
			return Answer.of(phase, "/bookings", visitor.get(node, "/bookings"));
		}
		catch (AssertionError noAnswer) {
			return new Answer(phase, "/bookings", 0, "", null, "");
		}
	}

	private void apiCalls(AtomicReference<String> phase, AtomicBoolean running, List<Answer> answers) {
		while (running.get()) {
			for (FieldbookNode node : List.of(a, b)) {
				StaffApi.Answer answer = StaffApi.get(node, "/api/v1/settings");
				answers.add(new Answer(phase.get(), "/api/v1/settings", answer.status(),
						answer.response() == null ? "" : answer.response().headers().firstValue("Content-Type").orElse(""),
						answer.response() == null ? null : answer.response().headers().firstValue("Retry-After").orElse(null),
						answer.body()));
			}
			FieldbookNode.pause(Duration.ofMillis(200));
		}
	}

	/** Customer 1 keeps booking on both nodes; an attempt the outage refuses books nothing, which is fine. */
	private void bookings(AtomicReference<String> phase, AtomicBoolean running, List<String> booked) {
		int attempt = 0;
		while (running.get()) {
			FieldbookNode node = attempt++ % 2 == 0 ? a : b;
			try {
				booked.add(world.book(world.signedIn(node, 1), node, 1));
			}
			catch (AssertionError refused) {
				System.out.println("cluster: booking refused during " + phase.get() + ": "
						+ refused.getMessage().lines().findFirst().orElse(""));
			}
			FieldbookNode.pause(Duration.ofSeconds(1));
		}
	}

	/** Every booking the portal wrote has its work order and its booking process, and at most one confirmation per channel. */
	private void assertNoHalfWrittenBooking() {
		assertThat(jdbc.queryForList("""
				SELECT b.reference FROM booking b
				 WHERE b.reference NOT LIKE 'FB-Z%'
				   AND (NOT EXISTS (SELECT 1 FROM work_order w WHERE w.id = b.work_order_id)
				        OR NOT EXISTS (SELECT 1 FROM act_hi_procinst p WHERE p.business_key_ = b.reference
				                          AND p.proc_def_key_ = 'booking'))""", String.class))
			.as("bookings without their work order or booking process").isEmpty();
		assertThat(jdbc.queryForList("""
				SELECT booking_id FROM notification WHERE type = 'BOOKING_CONFIRMED'
				 GROUP BY booking_id, channel HAVING count(*) > 1""", Long.class))
			.as("bookings with two confirmations on a channel").isEmpty();
	}

	private static Map<String, Integer> repeated(Counts counts, List<String> references) {
		Map<String, Integer> repeated = new TreeMap<>(counts.repeated());
		repeated.keySet().retainAll(references);
		System.out.println("cluster: delivered more than once on the wire " + repeated);
		return repeated;
	}

	/** The job executor's maximum number of threads per node, as application.yaml sets it. */
	private static int jobExecutorThreads() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yaml"));
		return Integer.parseInt(yaml.getObject().getProperty("camunda.bpm.job-execution.max-pool-size"));
	}

	private void awaitDelivered(Kind kind, List<String> references, Duration timeout) {
		boolean delivered = within(timeout, () -> {
			Counts emails = sinks.emails(kind);
			Counts texts = sinks.texts(kind);
			return references.stream().allMatch(reference -> emails.distinctOf(reference) > 0 && texts.distinctOf(reference) > 0);
		});
		assertThat(delivered).as("every %s delivered by email and SMS within %s: emails %s, SMS %s", kind, timeout,
				sinks.emails(kind), sinks.texts(kind)).isTrue();
	}

	private void awaitNoJobsLeft(Duration timeout) {
		boolean done = within(timeout, () -> jdbc.queryForObject(
				"SELECT count(*) FROM act_ru_job WHERE handler_type_ NOT LIKE 'timer%'", Long.class) == 0);
		assertThat(done).as("no job left within %s: %s", timeout, jdbc.queryForList("""
				SELECT process_def_key_, handler_type_, retries_, lock_owner_ IS NOT NULL AS locked, count(*) AS jobs,
				       min(exception_msg_) AS exception
				  FROM act_ru_job WHERE handler_type_ NOT LIKE 'timer%' GROUP BY 1, 2, 3, 4""")).isTrue();
	}

	private void assertExactlyOnce(Kind kind, List<String> references) {
		Counts emails = sinks.emails(kind);
		Counts texts = sinks.texts(kind);
		System.out.printf("cluster: %s of %d bookings: emails %s; SMS %s%n", kind, references.size(), emails, texts);
		List<String> notOnce = references.stream()
			.filter(reference -> emails.distinctOf(reference) != 1 || texts.distinctOf(reference) != 1)
			.map(reference -> reference + " email=" + emails.distinctOf(reference) + " sms=" + texts.distinctOf(reference))
			.toList();
		assertThat(notOnce).as("bookings without exactly one %s per channel", kind).isEmpty();
	}

	/** The jobs done for a booking (its booking process and its notifications), by the engine hostname that did them. */
	private Map<String, List<String>> jobsPerNode(String reference) {
		Map<String, List<String>> perNode = new TreeMap<>();
		jdbc.query("""
				SELECT j.hostname_, j.act_id_ FROM act_hi_job_log j
				  JOIN act_hi_procinst p ON p.id_ = j.process_instance_id_
				 WHERE p.business_key_ = ? AND j.job_state_ = 2 ORDER BY j.timestamp_""", row -> {
			perNode.computeIfAbsent(row.getString(1), node -> new ArrayList<>()).add(row.getString(2));
		}, reference);
		return perNode;
	}

	/** The jobs of the reminder run and its notifications that each node did, by the engine hostname it logged. */
	private Map<String, Long> successfulJobsPerNode(Instant since) {
		Map<String, Long> perNode = new TreeMap<>();
		jdbc.query("""
				SELECT hostname_, count(*) FROM act_hi_job_log
				 WHERE job_state_ = 2 AND process_def_key_ IN ('reminder', 'reminderBatch', 'notification') AND timestamp_ >= ?
				 GROUP BY hostname_""", row -> {
			perNode.put(row.getString(1), row.getLong(2));
		}, Timestamp.from(since));
		return perNode;
	}

	private static boolean within(Duration timeout, BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (condition.getAsBoolean()) {
				return true;
			}
			FieldbookNode.pause(Duration.ofMillis(500));
		}
		return condition.getAsBoolean();
	}

}
