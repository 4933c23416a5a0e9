package org.fieldbook.booking;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.EventSubscription;
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

	BookingProcessUpgrade(RuntimeService runtime, RepositoryService repository) {
		this.runtime = runtime;
		this.repository = repository;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		int moved = migrateWaitingForRenamedMessages();
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
		List<EventSubscription> waiting = runtime.createEventSubscriptionQuery()
			.eventType("message")
			.eventName(RENAMED_COMPLETED)
			.list();
		int moved = 0;
		for (String definition : waiting.stream().map(this::definitionOf).distinct().toList()) {
			if (definition.equals(latest.getId())) {
				continue;
			}
			List<String> instances = waiting.stream()
				.filter(subscription -> definition.equals(definitionOf(subscription)))
				.map(EventSubscription::getProcessInstanceId)
				.distinct()
				.toList();
			MigrationPlan plan = runtime.createMigrationPlan(definition, latest.getId())
				.mapEqualActivities()
				.updateEventTriggers()
				.build();
			runtime.newMigration(plan).processInstanceIds(instances).execute();
			moved += instances.size();
		}
		return moved;
	}

	private String definitionOf(EventSubscription subscription) {
		return runtime.createProcessInstanceQuery()
			.processInstanceId(subscription.getProcessInstanceId())
			.singleResult()
			.getProcessDefinitionId();
	}

}
