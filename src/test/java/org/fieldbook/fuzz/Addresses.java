package org.fieldbook.fuzz;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A new client address for every request, from ranges no other test uses (198.18.0.0/15 for benchmarks, then the
 * shared address space 100.64.0.0/10), so that the throttles, which count per address, never slow the fuzzer down
 * nor carry its failures into another test.
 */
final class Addresses {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private static final int BENCHMARK_RANGE = 1 << 17;

	private Addresses() {
	}

	static String next() {
		int n = NEXT.getAndIncrement();
		long address = n < BENCHMARK_RANGE ? 0xC6120000L + n : 0x64400000L + (n - BENCHMARK_RANGE) % (1 << 22);
		return (address >>> 24) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "." + (address & 0xff);
	}

}
