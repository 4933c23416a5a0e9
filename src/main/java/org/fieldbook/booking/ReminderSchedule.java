package org.fieldbook.booking;

import java.time.Instant;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/** When {@code reminder.bpmn} runs: its daily timer is set in Modeler, the engine knows the next due date. */
@Service
public class ReminderSchedule {

	private final ManagementService management;

	private final RepositoryService repository;

	ReminderSchedule(ManagementService management, RepositoryService repository) {
		this.management = management;
		this.repository = repository;
	}

	/** The id of the deployed {@code reminder.bpmn}'s latest version, as Cockpit names it in its links. */
	public Optional<String> modelId() {
		return Optional.ofNullable(repository.createProcessDefinitionQuery()
			.processDefinitionKey(ReminderProcess.KEY)
			.latestVersion()
			.singleResult()).map(ProcessDefinition::getId);
	}

	/** The due date of the timer that starts the next reminder run; empty when no timer is waiting. */
	public Optional<Instant> nextRun() {
		return management.createJobQuery()
			.processDefinitionKey(ReminderProcess.KEY)
			.timers()
			.active()
			.orderByJobDuedate()
			.asc()
			.listPage(0, 1)
			.stream()
			.findFirst()
			.map(job -> job.getDuedate().toInstant());
	}

}
