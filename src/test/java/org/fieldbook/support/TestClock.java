package org.fieldbook.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.fieldbook.system.EngineClock;

/**
 * The application's clock in tests: it stands still at the instant a test sets, and the process engine's clock
 * (timers, job due dates, history) stands with it. After each test it is back at {@link #DEFAULT}.
 */
public final class TestClock extends Clock {

	/** Where every test starts unless it sets the clock: a Tuesday, midday UTC. */
	public static final Instant DEFAULT = FixedInstants.MIDDAY;

	private final AtomicReference<Instant> now;

	private final ZoneId zone;

	TestClock() {
		this(new AtomicReference<>(DEFAULT), ZoneOffset.UTC);
		EngineClock.setTo(DEFAULT);
	}

	private TestClock(AtomicReference<Instant> now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	public void set(Instant instant) {
		now.set(instant);
		EngineClock.setTo(instant);
	}

	public void advance(Duration duration) {
		set(now.get().plus(duration));
	}

	void reset() {
		set(DEFAULT);
	}

	@Override
	public Instant instant() {
		return now.get();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	/** The same clock seen from another zone: setting either moves both. */
	@Override
	public Clock withZone(ZoneId other) {
		return new TestClock(now, other);
	}

}
