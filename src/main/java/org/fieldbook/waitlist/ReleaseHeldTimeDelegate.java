package org.fieldbook.waitlist;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Release the time": nobody left to offer it to, so it is bookable again. */
@Component("releaseHeldTime")
class ReleaseHeldTimeDelegate implements JavaDelegate {

	private final EarlierTimeOffers offers;

	ReleaseHeldTimeDelegate(EarlierTimeOffers offers) {
		this.offers = offers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		offers.release(EarlierTimeVariables.holdId(execution));
	}

}
