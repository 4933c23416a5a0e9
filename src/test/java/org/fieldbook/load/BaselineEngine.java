package org.fieldbook.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * What the engine alone completes per second, in the same JVM and on the same database as the load: the bare
 * process {@code load/baseline.bpmn} (a booking's five jobs, no-op tasks) started by the same number of threads
 * as there were customers, each keeping a few instances in flight, for a while. Counted are the instances that
 * history shows finished within the window.
 */
final class BaselineEngine {

	static final String PROCESS = "loadBaseline";

	private static final int IN_FLIGHT_PER_THREAD = 4;

	/** Freed when an instance's end is committed, so that the starters keep a bounded number in flight. */
	private static volatile Semaphore inFlight = new Semaphore(0);

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final HistoryService history;

	BaselineEngine(RepositoryService repository, RuntimeService runtime, HistoryService history) {
		this.repository = repository;
		this.runtime = runtime;
		this.history = history;
	}

	/** @return completed instances per second */
	double run(int threads, Duration window) throws InterruptedException {
		repository.createDeployment().name("load-baseline").addClasspathResource("load/baseline.bpmn").deploy();
		inFlight = new Semaphore(threads * IN_FLIGHT_PER_THREAD);
		Date from = new Date();
		long deadline = System.nanoTime() + window.toNanos();
		List<Thread> starters = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Thread starter = new Thread(() -> start(deadline), "baseline-" + i);
			starter.start();
			starters.add(starter);
		}
		for (Thread starter : starters) {
			starter.join();
		}
		Date to = new Date();
		long finished = history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(PROCESS)
			.finished()
			.finishedAfter(from)
			.finishedBefore(to)
			.count();
		return finished / ((to.getTime() - from.getTime()) / 1000.0);
	}

	private void start(long deadline) {
		try {
			while (System.nanoTime() < deadline) {
				if (inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
					runtime.startProcessInstanceByKey(PROCESS);
				}
			}
		}
		catch (InterruptedException stopped) {
			Thread.currentThread().interrupt();
		}
	}

	/** The end listener of {@code loadBaseline}. */
	public static final class Finished implements ExecutionListener {

		@Override
		public void notify(DelegateExecution execution) {
			Context.getCommandContext()
				.getTransactionContext()
				.addTransactionListener(TransactionState.COMMITTED, committed -> inFlight.release());
		}

	}

}
