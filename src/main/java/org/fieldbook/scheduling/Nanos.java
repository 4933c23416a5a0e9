package org.fieldbook.scheduling;

import java.time.Instant;

/** Instants as nanoseconds since the epoch: exact, and plain longs for the engine's inner loops (until 2262). */
final class Nanos {

	static final long PER_MINUTE = 60_000_000_000L;

	private Nanos() {
	}

	static long of(Instant instant) {
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
	}

	/** The first index whose value is at or after {@code instant}; the length when none is. */
	static int firstAtOrAfter(long[] ascending, long instant) {
		int low = 0;
		int high = ascending.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (ascending[middle] < instant) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
