package org.fieldbook.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fieldbook.fuzz.ResponseChecks.Problem;

/**
 * Sends one target's requests, each drawn from its own seed, checks every answer and the domain tables' row counts,
 * and counts the statuses. By default it stops at the first failure; in report mode ({@code -Dfuzz.report=true})
 * it goes on and lists every failure class with its first example. Either way each failure names the seed and
 * the case that replay exactly that request.
 */
final class FuzzRun {

	/** Draws the next request of a target. */
	interface Requests {

		FuzzRequest next(SplittableRandom random);

	}

	/** Sends a request and hands back the answer; an exception the application lets out is a 500. */
	interface Transport {

		FuzzResponse send(FuzzRequest request);

	}

	/** One kind of failure at one endpoint: its first example, and how many requests failed so. */
	private static final class FailureClass {

		final Problem problem;

		final int index;

		final FuzzRequest request;

		final FuzzResponse response;

		int requests = 1;

		FailureClass(Problem problem, int index, FuzzRequest request, FuzzResponse response) {
			this.problem = problem;
			this.index = index;
			this.request = request;
			this.response = response;
		}

	}

	private static final Comparator<String> BY_STATUS = Comparator
		.comparing((String status) -> status.chars().allMatch(Character::isDigit) ? Integer.parseInt(status) : 1000)
		.thenComparing(Comparator.naturalOrder());

	private static final Map<String, Integer> TOTAL = new TreeMap<>(BY_STATUS);

	private static int totalRequests;

	private final String target;

	private final int defaultRequests;

	private final DomainRows rows;

	private final FuzzSettings settings = FuzzSettings.CURRENT;

	private final Map<String, Integer> statuses = new TreeMap<>(BY_STATUS);

	private final Map<String, FailureClass> failures = new LinkedHashMap<>();

	FuzzRun(String target, int defaultRequests, DomainRows rows) {
		this.target = target;
		this.defaultRequests = defaultRequests;
		this.rows = rows;
	}

	void run(Requests requests, Transport transport) {
		long started = System.nanoTime();
		long deadline = settings.limit().map(limit -> started + limit.toNanos()).orElse(Long.MAX_VALUE);
		boolean replay = settings.replayTarget().isPresent();
		IntStream cases = replay ? IntStream.of(settings.replayCase()) : IntStream.range(0, settings.requests(defaultRequests));
		Map<String, Long> rowsBefore = rows.count();
		int sent = 0;
		boolean outOfTime = false;
		for (int index : (Iterable<Integer>) cases::iterator) {
			outOfTime = System.nanoTime() > deadline;
			if (outOfTime || (!settings.report() && !failures.isEmpty())) {
				break;
			}
			rowsBefore = exchange(index, requests.next(new SplittableRandom(settings.caseSeed(target, index))), transport,
					rowsBefore, replay);
			sent++;
		}
		summarise(sent, System.nanoTime() - started, outOfTime);
		if (!failures.isEmpty()) {
			throw new AssertionError(failureReport());
		}
	}

	/** Sends one request, checks and counts its answer; hands back the row counts after it. */
	private Map<String, Long> exchange(int index, FuzzRequest request, Transport transport, Map<String, Long> rowsBefore,
			boolean replay) {
		FuzzResponse response = transport.send(request);
		List<Problem> problems = new ArrayList<>(ResponseChecks.problems(request, response));
		Map<String, Long> rowsAfter = rows.count();
		if (response.refused() && !rowsAfter.equals(rowsBefore)) {
			problems.add(new Problem("rows changed by a refused request", DomainRows.difference(rowsBefore, rowsAfter)));
		}
		statuses.merge(response.statusLabel(), 1, Integer::sum);
		for (Problem problem : problems) {
			failures.merge(problem.kind() + " at " + request.endpoint(), new FailureClass(problem, index, request, response),
					(first, again) -> {
						first.requests++;
						return first;
					});
		}
		if (replay) {
			System.out.println("fuzz " + target + " case " + index + ": " + request + "\n answered " + response.statusLabel()
					+ (response.location() == null ? "" : " Location: " + FuzzRequest.show(response.location())) + "\n body: "
					+ FuzzRequest.show(response.body(), 3_000)
					+ (response.unhandled() == null ? "" : "\n unhandled: " + response.unhandled()));
		}
		return rowsAfter;
	}

	private void summarise(int sent, long nanos, boolean outOfTime) {
		synchronized (TOTAL) {
			totalRequests += sent;
			statuses.forEach((status, count) -> TOTAL.merge(status, count, Integer::sum));
		}
		System.out.printf("fuzz %s: %d requests, %s (%.1f s%s, seed %d)%n", target, sent, counts(statuses), nanos / 1e9,
				outOfTime ? ", stopped by the time limit" : "", settings.seed());
	}

	/** The line of all targets of this test run so far. */
	static String total() {
		synchronized (TOTAL) {
			return "fuzz total: " + totalRequests + " requests, " + counts(TOTAL);
		}
	}

	private static String counts(Map<String, Integer> statuses) {
		return statuses.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(", "));
	}

	private String failureReport() {
		StringBuilder report = new StringBuilder("fuzz ").append(target).append(": ").append(failures.size())
			.append(" failure class(es)").append(settings.report() ? "" : " (stopped at the first; -D" + FuzzSettings.REPORT
					+ "=true lists them all)").append('\n');
		failures.values().stream().limit(20).forEach(failure -> report.append(describe(failure)));
		if (failures.size() > 20) {
			report.append("\n… and ").append(failures.size() - 20).append(" more: ")
				.append(failures.keySet().stream().skip(20).collect(Collectors.joining("; ")));
		}
		return report.toString();
	}

	private String describe(FailureClass failure) {
		return "\n" + failure.problem.kind() + " at " + failure.request.endpoint() + " (" + failure.requests
				+ " request(s), first case " + failure.index + ")\n  request: " + failure.request + "\n  answer: "
				+ failure.response.statusLabel() + " " + failure.problem.detail() + "\n  replay: ./mvnw -o -P'!browser' verify"
				+ " -Dtest=FuzzTest -D" + FuzzSettings.SEED + "=" + settings.seed() + " -D" + FuzzSettings.CASE
				+ "=" + target + ":" + failure.index + "\n";
	}

}
