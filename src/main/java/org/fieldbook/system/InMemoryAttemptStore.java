package org.fieldbook.system;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The failures of this node, bounded whatever attackers send: at most {@code capacity} keys, each with at most
 * {@code perKey} failures; a key whose last failure left the window is dropped, and when the store is full the key
 * touched least recently makes room.
 */
@Component
class InMemoryAttemptStore implements AttemptStore {

	static final int CAPACITY = 50_000;

	private final Map<String, Deque<Instant>> failures;

	private final int perKey;

	private final Duration retention;

	InMemoryAttemptStore() {
		this(CAPACITY, AttemptThrottle.MOST_FAILURES, AttemptThrottle.WINDOW);
	}

	InMemoryAttemptStore(int capacity, int perKey, Duration retention) {
		this.perKey = perKey;
		this.retention = retention;
		this.failures = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
				return size() > capacity;
			}

		};
	}

	@Override
	public synchronized int count(String key, Instant since, Instant until) {
		Deque<Instant> recorded = failures.get(key);
		if (recorded == null) {
			return 0;
		}
		return (int) recorded.stream().filter(at -> at.isAfter(since) && !at.isAfter(until)).count();
	}

	@Override
	public synchronized void add(String key, Instant at) {
		forgetExpired(at);
		Deque<Instant> recorded = failures.computeIfAbsent(key, any -> new ArrayDeque<>());
		recorded.addLast(at);
		while (recorded.size() > perKey) {
			recorded.removeFirst();
		}
	}

	/** The keys touched least recently come first; those whose last failure has left the window go. */
	private void forgetExpired(Instant now) {
		Instant oldest = now.minus(retention);
		Iterator<Deque<Instant>> eldest = failures.values().iterator();
		while (eldest.hasNext() && !eldest.next().peekLast().isAfter(oldest)) {
			eldest.remove();
		}
	}

	synchronized Set<String> keys() {
		return Set.copyOf(failures.keySet());
	}

}
