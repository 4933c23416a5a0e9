package org.fieldbook.support;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Forgets the finished runs of a process that earlier tests left in the engine's history. On the {@link TestClock}
 * many tests run at the same instant, so a history query bounded by time alone would see their runs too.
 */
public final class EngineHistory {

	private EngineHistory() {
	}

	public static void forgetRuns(HistoryService history, String processKey) {
		List<String> runs = history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.finished()
			.list()
			.stream()
			.map(HistoricProcessInstance::getId)
			.toList();
		if (!runs.isEmpty()) {
			history.deleteHistoricProcessInstances(runs);
		}
	}

}
