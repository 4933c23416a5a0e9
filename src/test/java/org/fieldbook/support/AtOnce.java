package org.fieldbook.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Requests that arrive at the same moment, each on a thread of its own, as two customers' clicks do. */
public final class AtOnce {

	private AtOnce() {
	}

	/** @return what each call threw, in their order; null for a call that succeeded */
	public static List<Throwable> failures(List<Callable<?>> calls) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(calls.size());
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (Callable<?> call : calls) {
				running.add(threads.submit(() -> {
					go.await();
					return call.call();
				}));
			}
			go.countDown();
			List<Throwable> failures = new ArrayList<>();
			for (Future<?> call : running) {
				try {
					call.get(30, TimeUnit.SECONDS);
					failures.add(null);
				}
				catch (ExecutionException ex) {
					failures.add(ex.getCause());
				}
			}
			return failures;
		}
		finally {
			threads.shutdown();
		}
	}

}
