package org.fieldbook.waitlist;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fieldbook.booking.FreedTime;

/** Reads the freed time and the candidates of {@code earlier-time-offer.bpmn} from its variables. */
final class EarlierTimeVariables {

	private EarlierTimeVariables() {
	}

	static FreedTime freed(DelegateExecution execution) {
		return new FreedTime(((Number) execution.getVariable(EarlierTimeProcess.FREED_BOOKING_ID)).longValue(),
				(String) execution.getVariable(EarlierTimeProcess.SERVICE_TYPE),
				Instant.parse((String) execution.getVariable(EarlierTimeProcess.STARTS_AT)),
				Instant.parse((String) execution.getVariable(EarlierTimeProcess.ENDS_AT)),
				List.of(((String) execution.getVariable(EarlierTimeProcess.TECHNICIANS)).split(",")));
	}

	static List<Long> candidates(DelegateExecution execution) {
		String candidates = (String) execution.getVariable(EarlierTimeProcess.CANDIDATES);
		return candidates.isEmpty() ? List.of() : Arrays.stream(candidates.split(",")).map(Long::valueOf).toList();
	}

	static Long holdId(DelegateExecution execution) {
		Object holdId = execution.getVariable(EarlierTimeProcess.HOLD_ID);
		return holdId == null ? null : ((Number) holdId).longValue();
	}

}
