package org.fieldbook.waitlist;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close the unanswered offer": its timer ran out, so its time passes on. */
@Component("expireOffer")
class ExpireOfferDelegate implements JavaDelegate {

	private final EarlierTimeOffers offers;

	ExpireOfferDelegate(EarlierTimeOffers offers) {
		this.offers = offers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		offers.expire(((Number) execution.getVariable(EarlierTimeProcess.OFFER_ID)).longValue());
	}

}
