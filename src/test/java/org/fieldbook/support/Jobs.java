package org.fieldbook.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Runs due jobs the way the job executor would (it is off in tests): until none is due, failures left to their retry. */
public final class Jobs {

	private Jobs() {
	}

	/** @return how many job executions succeeded */
	public static int runDue(ManagementService management) {
		int succeeded = 0;
		for (int round = 0; round < 200; round++) {
			List<Job> due = management.createJobQuery().executable().list();
			if (due.isEmpty()) {
				return succeeded;
			}
			for (Job job : due) {
				try {
					management.executeJob(job.getId());
					succeeded++;
				}
				catch (RuntimeException failed) {
					// the engine has recorded the failure and scheduled the retry (or raised the incident)
				}
			}
		}
		throw new IllegalStateException("Jobs keep coming after 200 rounds");
	}

}
