package org.fieldbook.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.fieldbook.support.FixedInstants;
import org.junit.jupiter.api.Test;

/** The store stays bounded whatever is sent: keys of a fixed size, a cap on keys and on failures per key, expiry. */
class InMemoryAttemptStoreTest {

	private static final Instant NOW = FixedInstants.MIDDAY;

	private static final Duration WINDOW = AttemptThrottle.WINDOW;

	@Test
	void keysTakeTheSameRoomHoweverLongTheUsername() {
		InMemoryAttemptStore store = new InMemoryAttemptStore();
		AttemptThrottle throttle = new AttemptThrottle(store, Clock.fixed(NOW, ZoneOffset.UTC));
		String megabyte = "x".repeat(1 << 20);

		for (int address = 0; address < 30; address++) {
			throttle.failed(AttemptThrottle.signIn(SecurityWorlds.CUSTOMER, megabyte + address, "10.0.0." + address));
		}

		assertThat(store.keys()).hasSize(30 * 3).extracting(String::length).containsOnly(43);
	}

	@Test
	void theNumberOfKeysIsCapped() {
		InMemoryAttemptStore store = new InMemoryAttemptStore(100, 10, WINDOW);

		for (int key = 0; key < 1_000; key++) {
			store.add("key-" + key, NOW);
		}

		assertThat(store.keys()).hasSize(100).contains("key-999").doesNotContain("key-0");
		assertThat(store.count("key-999", NOW.minus(WINDOW), NOW)).isEqualTo(1);
	}

	@Test
	void theFailuresKeptPerKeyAreCapped() {
		InMemoryAttemptStore store = new InMemoryAttemptStore(100, 10, WINDOW);

		for (int failure = 0; failure < 1_000; failure++) {
			store.add("one-key", NOW);
		}

		assertThat(store.count("one-key", NOW.minus(WINDOW), NOW)).isEqualTo(10);
	}

	@Test
	void keysWhoseFailuresLeftTheWindowAreDropped() {
		InMemoryAttemptStore store = new InMemoryAttemptStore(100, 10, WINDOW);
		store.add("early", NOW);
		store.add("later", NOW.plus(Duration.ofMinutes(10)));

		store.add("last", NOW.plus(WINDOW));

		assertThat(store.keys()).containsExactlyInAnyOrder("later", "last");
	}

	@Test
	void onlyFailuresWithinTheWindowCount() {
		InMemoryAttemptStore store = new InMemoryAttemptStore(100, 10, WINDOW);
		store.add("key", NOW);
		store.add("key", NOW.plus(Duration.ofMinutes(5)));

		assertThat(store.count("key", NOW.minus(WINDOW), NOW)).isEqualTo(1);
		assertThat(store.count("key", NOW, NOW.plus(WINDOW))).as("the first left the window").isEqualTo(1);
		assertThat(store.count("key", NOW.minus(WINDOW).minusSeconds(1), NOW.minusSeconds(1)))
			.as("failures after now (the clock was set back) are not recent").isZero();
	}

}
