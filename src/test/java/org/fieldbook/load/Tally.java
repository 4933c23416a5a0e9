package org.fieldbook.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the load phase did, written by all the benchmark's threads: the client-side latencies of searches and
 * bookings, the errors by kind, and what was booked, moved, canceled and completed (what must have been told).
 */
final class Tally {

	private final Queue<Long> searchNanos = new ConcurrentLinkedQueue<>();

	private final Queue<Long> bookNanos = new ConcurrentLinkedQueue<>();

	private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();

	/** Every booking made, by reference, with how often its customer moved it. */
	final Map<String, AtomicInteger> bookings = new ConcurrentHashMap<>();

	/** The bookings in the order they were made, for the dispatcher to complete. */
	final Queue<String> toComplete = new ConcurrentLinkedQueue<>();

	final Queue<String> canceled = new ConcurrentLinkedQueue<>();

	final Queue<String> completed = new ConcurrentLinkedQueue<>();

	void search(long nanos) {
		searchNanos.add(nanos);
	}

	void book(long nanos) {
		bookNanos.add(nanos);
	}

	void booked(String reference) {
		bookings.put(reference, new AtomicInteger());
		toComplete.add(reference);
	}

	/** A booking made before counting started counts its moves from then on. */
	void moved(String reference) {
		bookings.computeIfAbsent(reference, key -> new AtomicInteger()).incrementAndGet();
	}

	/** Forgets the warm-up: from now on everything counts. */
	void startOver() {
		searchNanos.clear();
		bookNanos.clear();
		errors.clear();
		outcomes.clear();
		bookings.clear();
		toComplete.clear();
		canceled.clear();
		completed.clear();
	}

	void error(String kind) {
		errors.computeIfAbsent(kind, key -> new AtomicInteger()).incrementAndGet();
	}

	/** A counted outcome that is no error ("taken", "too late"), for the breakdown. */
	void outcome(String kind) {
		outcomes.computeIfAbsent(kind, key -> new AtomicInteger()).incrementAndGet();
	}

	int errors() {
		return errors.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	Map<String, AtomicInteger> errorKinds() {
		return errors;
	}

	Map<String, AtomicInteger> outcomes() {
		return outcomes;
	}

	int moves() {
		return bookings.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	double searchP95Millis() {
		return p95Millis(searchNanos);
	}

	double bookP95Millis() {
		return p95Millis(bookNanos);
	}

	int searches() {
		return searchNanos.size();
	}

	private static double p95Millis(Queue<Long> samples) {
		List<Long> sorted = new ArrayList<>(samples);
		if (sorted.isEmpty()) {
			return 0;
		}
		Collections.sort(sorted);
		return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
	}

}
