package org.fieldbook.support;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs due jobs the way the job executor would (it is off in tests), until none is due on the {@link TestClock}.
 * A job that fails is an error of the test's scenario: tests that expect failures execute their jobs one by one
 * instead. Timer start events (the daily reminder run) belong to no instance and are left to the tests that
 * mean to run them: a test that sets the clock weeks ahead would otherwise start them by the way.
 */
public final class Jobs {

	private Jobs() {
	}

	/** @return how many jobs ran */
	public static int runDue(ManagementService management) {
		return run(management, () -> management.createJobQuery().executable().list().stream()
			.filter(job -> job.getProcessInstanceId() != null)
			.toList());
	}

	/**
	 * The due jobs of one process instance only, for a test that moves the clock far ahead: other tests' instances
	 * may have failed jobs that fall due then.
	 *
	 * @return how many jobs ran
	 */
	public static int runDue(ManagementService management, String processInstanceId) {
		return run(management, () -> management.createJobQuery().processInstanceId(processInstanceId).executable().list());
	}

	private static int run(ManagementService management, Supplier<List<Job>> dueJobs) {
		int ran = 0;
		for (int round = 0; round < 200; round++) {
			List<Job> due = dueJobs.get();
			if (due.isEmpty()) {
				return ran;
			}
			for (Job job : due) {
				try {
					management.executeJob(job.getId());
					ran++;
				}
				catch (RuntimeException failed) {
					throw new AssertionError("Job " + job.getId() + " of " + job.getProcessDefinitionKey() + " failed", failed);
				}
			}
		}
		throw new IllegalStateException("Jobs keep coming after 200 rounds");
	}

}
