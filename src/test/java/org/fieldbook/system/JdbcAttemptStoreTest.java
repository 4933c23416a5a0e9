package org.fieldbook.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.FixedInstants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The failures are kept in PostgreSQL: two nodes (two stores on one database) count the same failures, and the table
 * stays bounded whatever is sent: keys of a fixed size, a cap on failures per key, expiry.
 */
@FieldbookIntegrationTest
class JdbcAttemptStoreTest {

	private static final Instant NOW = FixedInstants.MIDDAY;

	private static final Duration WINDOW = AttemptThrottle.WINDOW;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoNodesCountTheFailuresOfBoth() {
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		AttemptThrottle nodeA = new AttemptThrottle(new JdbcAttemptStore(jdbc), clock);
		AttemptThrottle nodeB = new AttemptThrottle(new JdbcAttemptStore(jdbc), clock);
		String username = "guess-" + UUID.randomUUID() + "@example.com";

		for (int guess = 0; guess < 5; guess++) {
			nodeA.failed(AttemptThrottle.signIn(SecurityWorlds.CUSTOMER, username, "203.0.113.7"));
			nodeB.failed(AttemptThrottle.signIn(SecurityWorlds.CUSTOMER, username, "203.0.113.7"));
		}

		assertThat(nodeA.blocked(AttemptThrottle.signIn(SecurityWorlds.CUSTOMER, username, "203.0.113.7"))).isTrue();
		assertThat(nodeB.blocked(AttemptThrottle.signIn(SecurityWorlds.CUSTOMER, username, "203.0.113.7"))).isTrue();
		assertThat(nodeB.blocked(AttemptThrottle.signIn(SecurityWorlds.CUSTOMER, username, "203.0.113.8"))).isFalse();
	}

	@Test
	void keysTakeTheSameRoomHoweverLongTheUsername() {
		AttemptThrottle throttle = new AttemptThrottle(new JdbcAttemptStore(jdbc), Clock.fixed(NOW, ZoneOffset.UTC));
		String megabyte = UUID.randomUUID() + "x".repeat(1 << 20);

		throttle.failed(AttemptThrottle.signIn(SecurityWorlds.CUSTOMER, megabyte, "10.0.0.1"));

		assertThat(jdbc.queryForList("SELECT DISTINCT length(key) FROM sign_in_failure", Integer.class)).containsOnly(43);
	}

	@Test
	void theFailuresKeptPerKeyAreCapped() {
		JdbcAttemptStore store = new JdbcAttemptStore(jdbc, 10, WINDOW);
		String key = key();

		for (int failure = 0; failure < 30; failure++) {
			store.add(key, NOW.plusSeconds(failure));
		}

		assertThat(store.count(key, NOW.minus(WINDOW), NOW.plus(WINDOW))).isEqualTo(10);
		assertThat(rows(key)).isEqualTo(10);
	}

	@Test
	void failuresThatLeftTheWindowAreDeleted() {
		JdbcAttemptStore store = new JdbcAttemptStore(jdbc, 10, WINDOW);
		String early = key();
		String later = key();
		store.add(early, NOW);
		store.add(later, NOW.plus(Duration.ofMinutes(10)));

		store.add(key(), NOW.plus(WINDOW).plusSeconds(1));

		assertThat(rows(early)).isZero();
		assertThat(rows(later)).isEqualTo(1);
	}

	@Test
	void onlyFailuresWithinTheWindowCount() {
		JdbcAttemptStore store = new JdbcAttemptStore(jdbc, 10, WINDOW);
		String key = key();
		store.add(key, NOW);
		store.add(key, NOW.plus(Duration.ofMinutes(5)));

		assertThat(store.count(key, NOW.minus(WINDOW), NOW)).isEqualTo(1);
		assertThat(store.count(key, NOW, NOW.plus(WINDOW))).as("the first left the window").isEqualTo(1);
		assertThat(store.count(key, NOW.minus(WINDOW).minusSeconds(1), NOW.minusSeconds(1)))
			.as("failures after now (the clock was set back) are not recent").isZero();
	}

	/** A key of the size the throttle's digests have. */
	private static String key() {
		return (UUID.randomUUID().toString().replace("-", "") + "-test-key-1").substring(0, 43);
	}

	private int rows(String key) {
		return jdbc.queryForObject("SELECT count(*) FROM sign_in_failure WHERE key = ?", Integer.class, key);
	}

}
