package org.fieldbook.system;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Sets the time the process engine sees (timers, job due dates, history), for a clock other than the system's.
 * Camunda 7 has no public clock API, so this is the one class that uses its {@code ClockUtil}.
 */
public final class EngineClock {

	private EngineClock() {
	}

	/** From now on the engine's time stands at this instant, until it is set again or reset. */
	public static void setTo(Instant instant) {
		ClockUtil.setCurrentTime(Date.from(instant));
	}

}
