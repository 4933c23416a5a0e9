package org.fieldbook.waitlist;

import java.time.Duration;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fieldbook.waitlist.EarlierTimeOffers.Next;
import org.springframework.stereotype.Component;

/** "Hold the time for the next visit": passes the hold to the next waiting visit it fits and records the offer. */
@Component("holdForNextVisit")
class HoldForNextVisitDelegate implements JavaDelegate {

	private final EarlierTimeOffers offers;

	HoldForNextVisitDelegate(EarlierTimeOffers offers) {
		this.offers = offers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Optional<Next> next = offers.offerToNext(EarlierTimeVariables.freed(execution),
				EarlierTimeVariables.candidates(execution), (Integer) execution.getVariable(EarlierTimeProcess.NEXT_CANDIDATE),
				EarlierTimeVariables.holdId(execution), execution.getProcessInstanceId(),
				Duration.parse((String) execution.getVariable(EarlierTimeProcess.OFFER_DURATION)));
		execution.setVariable(EarlierTimeProcess.HELD, next.isPresent());
		next.ifPresent(offer -> {
			execution.setVariable(EarlierTimeProcess.NEXT_CANDIDATE, offer.index() + 1);
			execution.setVariable(EarlierTimeProcess.HOLD_ID, offer.holdId());
			execution.setVariable(EarlierTimeProcess.OFFER_ID, offer.offerId());
			execution.setVariable(EarlierTimeProcess.BOOKING_ID, offer.bookingId());
			execution.setVariable(EarlierTimeProcess.BOOKING_REFERENCE, offer.reference());
		});
	}

}
