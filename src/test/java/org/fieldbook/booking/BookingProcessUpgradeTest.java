package org.fieldbook.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * A booking instance started on the model before the renamed message ({@code bookingClosed}) is moved to the
 * latest model at start-up, so that completing the booking still ends it.
 */
@FieldbookIntegrationTest
class BookingProcessUpgradeTest {

	@Autowired
	RuntimeService runtime;

	@Autowired
	RepositoryService repository;

	@Autowired
	BookingProcessUpgrade upgrade;

	@AfterEach
	void deployTheCurrentModelAgain() throws Exception {
		deploy("processes/booking.bpmn", new ClassPathResource("processes/booking.bpmn"));
	}

	@Test
	void anInstanceWaitingForTheOldMessageEndsWithTheNewOne() throws Exception {
		deploy("processes/booking.bpmn", new ClassPathResource("processes-before-11/booking.bpmn"));
		ProcessInstance old = runtime.createProcessInstanceByKey(BookingProcess.KEY)
			.businessKey("FB-OLD01")
			.startBeforeActivity("Gateway_WaitForChange")
			.setVariables(Map.of(BookingProcess.BOOKING_ID, -1L))
			.execute();
		deploy("processes/booking.bpmn", new ClassPathResource("processes/booking.bpmn"));
		assertThat(runtime.createEventSubscriptionQuery().processInstanceId(old.getId())
			.eventName(BookingProcessUpgrade.RENAMED_COMPLETED).count()).isEqualTo(1);

		assertThat(upgrade.migrateWaitingForRenamedMessages()).isEqualTo(1);
		assertThat(upgrade.migrateWaitingForRenamedMessages()).as("nothing left to move").isZero();

		runtime.createMessageCorrelation(BookingProcess.COMPLETED).processInstanceId(old.getId()).correlate();
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(old.getId()).count()).isZero();
	}

	private void deploy(String name, ClassPathResource model) throws Exception {
		try (var in = model.getInputStream()) {
			repository.createDeployment().name("upgrade test").addInputStream(name, in).enableDuplicateFiltering(false).deploy();
		}
	}

}
