package org.fieldbook.fuzz;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a run is driven, from system properties (Maven passes {@code -D…} on):
 * <ul>
 * <li>{@code fuzz.seed}: the run's seed, or {@code random} for a new one, printed (default: {@link #DEFAULT_SEED}, so
 * that {@code ./mvnw verify} sends the same requests at every run);</li>
 * <li>{@code fuzz.case=target:n}: replay only request n of that target, on a fresh world;</li>
 * <li>{@code fuzz.requests=n}: n requests per target instead of the defaults;</li>
 * <li>{@code fuzz.minutes=m}: keep sending for m minutes per target;</li>
 * <li>{@code fuzz.report=true}: do not stop at the first failure; list every failure class at the end.</li>
 * </ul>
 * Without {@code fuzz.requests} or {@code fuzz.minutes} each target sends its default number of requests, or stops
 * after {@link #DEFAULT_LIMIT}, whichever comes first, so that the suite stays within its share of {@code ./mvnw verify}.
 */
record FuzzSettings(long seed, Optional<String> replayTarget, int replayCase, Optional<Integer> requests,
		Optional<Duration> minutes, boolean report) {

	static final String SEED = "fuzz.seed";

	static final String CASE = "fuzz.case";

	static final String REQUESTS = "fuzz.requests";

	static final String MINUTES = "fuzz.minutes";

	static final String REPORT = "fuzz.report";

	static final long DEFAULT_SEED = 20261201L;

	static final Duration DEFAULT_LIMIT = Duration.ofSeconds(15);

	static final FuzzSettings CURRENT = fromSystemProperties();

	private static FuzzSettings fromSystemProperties() {
		String seedProperty = System.getProperty(SEED, String.valueOf(DEFAULT_SEED)).strip();
		long seed = "random".equals(seedProperty) ? ThreadLocalRandom.current().nextLong() : Long.parseLong(seedProperty);
		Optional<String> replay = Optional.ofNullable(System.getProperty(CASE)).filter(value -> !value.isBlank());
		Optional<String> target = replay.map(value -> value.substring(0, Math.max(0, value.indexOf(':'))));
		int index = replay.map(value -> Integer.parseInt(value.substring(value.indexOf(':') + 1))).orElse(-1);
		Optional<Integer> requests = Optional.ofNullable(Integer.getInteger(REQUESTS));
		Optional<Duration> minutes = Optional.ofNullable(System.getProperty(MINUTES))
			.map(value -> Duration.ofSeconds(Math.round(Double.parseDouble(value) * 60)));
		return new FuzzSettings(seed, target, index, requests, minutes, Boolean.getBoolean(REPORT));
	}

	/** How many requests a target sends: as many as asked, as fit in the minutes asked, or its default. */
	int requests(int defaultRequests) {
		return requests.orElse(minutes.isPresent() ? Integer.MAX_VALUE : defaultRequests);
	}

	/** How long a target may send: the minutes asked, no limit when a number was asked, else the default limit. */
	Optional<Duration> limit() {
		return minutes.or(() -> requests.isPresent() ? Optional.empty() : Optional.of(DEFAULT_LIMIT));
	}

	/** The seed of one request: the same run seed, target and number always give the same request. */
	long caseSeed(String target, int index) {
		return mix(seed ^ mix(target.hashCode()) ^ mix(0x9E3779B97F4A7C15L * (index + 1)));
	}

	/** The finaliser of MurmurHash3: neighbouring inputs give unrelated outputs. */
	private static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
		z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
		return z ^ (z >>> 33);
	}

}
