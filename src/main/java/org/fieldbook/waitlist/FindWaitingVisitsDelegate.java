package org.fieldbook.waitlist;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fieldbook.settings.PortalSettingsService;
import org.springframework.stereotype.Component;

/** "Find waiting visits": who may want the freed time, in the order they are offered it; how long each offer waits. */
@Component("findWaitingVisits")
class FindWaitingVisitsDelegate implements JavaDelegate {

	private final EarlierTimeOffers offers;

	private final PortalSettingsService settings;

	FindWaitingVisitsDelegate(EarlierTimeOffers offers, PortalSettingsService settings) {
		this.offers = offers;
		this.settings = settings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(EarlierTimeProcess.CANDIDATES, offers.candidates(EarlierTimeVariables.freed(execution))
			.stream()
			.map(String::valueOf)
			.collect(Collectors.joining(",")));
		execution.setVariable(EarlierTimeProcess.NEXT_CANDIDATE, 0);
		execution.setVariable(EarlierTimeProcess.HOLD_ID, null);
		execution.setVariable(EarlierTimeProcess.OFFER_DURATION, "PT" + settings.messaging().earlierTimeOfferMinutes() + "M");
	}

}
