package org.fieldbook.booking;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fieldbook.system.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Booking instances started before the message that ends them was renamed ({@code bookingClosed}, now
 * {@link BookingProcess#COMPLETED}) would wait for it for ever: at start-up they move to the latest booking model,
 * whose activities have the same ids, with their message subscriptions renamed. Instances that wait for no
 * renamed message stay on the version they started with, as the engine keeps them.
 */
@Component
class BookingProcessUpgrade {

	static final String RENAMED_COMPLETED = "bookingClosed";

	private static final Logger log = LoggerFactory.getLogger(BookingProcessUpgrade.class);

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final StartupLock lock;

	BookingProcessUpgrade(RuntimeService runtime, RepositoryService repository, StartupLock lock) {
		this.runtime = runtime;
		this.repository = repository;
		this.lock = lock;
	}

	/** One node at a time, so that two starting at once do not both move the same instances. */
	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		int moved = lock.exclusively(this::migrateWaitingForRenamedMessages);
		if (moved > 0) {
			log.info("Moved {} booking instances that waited for the message '{}' to the latest booking model", moved,
					RENAMED_COMPLETED);
		}
	}

	/** How many instances were moved. */
	int migrateWaitingForRenamedMessages() {
		ProcessDefinition latest = repository.createProcessDefinitionQuery()
			.processDefinitionKey(BookingProcess.KEY)
			.latestVersion()
			.singleResult();
		if (latest == null) {
			return 0;
		}
		Set<String> waiting = runtime.createEventSubscriptionQuery()
			.eventType("message")
			.eventName(RENAMED_COMPLETED)
			.list()
			.stream()
			.map(EventSubscription::getProcessInstanceId)
			.collect(Collectors.toSet());
		if (waiting.isEmpty()) {
			return 0;
		}
		Map<String, List<String>> byDefinition = runtime.createProcessInstanceQuery()
			.processInstanceIds(waiting)
			.list()
			.stream()
			.filter(instance -> !instance.getProcessDefinitionId().equals(latest.getId()))
			.collect(Collectors.groupingBy(ProcessInstance::getProcessDefinitionId,
					Collectors.mapping(ProcessInstance::getId, Collectors.toList())));
		int moved = 0;
		for (Map.Entry<String, List<String>> old : byDefinition.entrySet()) {
			MigrationPlan plan = runtime.createMigrationPlan(old.getKey(), latest.getId())
				.mapEqualActivities()
				.updateEventTriggers()
				.build();
			runtime.newMigration(plan).processInstanceIds(old.getValue()).execute();
			moved += old.getValue().size();
		}
		return moved;
	}

}
