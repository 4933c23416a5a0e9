package org.fieldbook.waitlist;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.fieldbook.booking.FreedTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A booking left a time free (canceled or moved away, by a customer or by the company), told by the booking service
 * after its commit: an open offer of that booking is withdrawn, and {@code earlier-time-offer.bpmn} starts for the
 * freed time when any visit waits for an earlier one.
 */
@Component
class FreedTimeListener {

	private final EarlierTimeOffers offers;

	private final EarlierTimeRequests requests;

	private final RuntimeService runtime;

	FreedTimeListener(EarlierTimeOffers offers, EarlierTimeRequests requests, RuntimeService runtime) {
		this.offers = offers;
		this.requests = requests;
		this.runtime = runtime;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void timeFreed(FreedTime freed) {
		offers.withdraw(freed.bookingId());
		if (!requests.anyWaiting()) {
			return;
		}
		runtime.createProcessInstanceByKey(EarlierTimeProcess.KEY)
			.businessKey("freed-" + freed.bookingId() + "-" + freed.startsAt().getEpochSecond())
			.setVariables(Map.of(EarlierTimeProcess.FREED_BOOKING_ID, freed.bookingId(), EarlierTimeProcess.SERVICE_TYPE,
					freed.serviceType(), EarlierTimeProcess.STARTS_AT, freed.startsAt().toString(), EarlierTimeProcess.ENDS_AT,
					freed.endsAt().toString(), EarlierTimeProcess.TECHNICIANS, String.join(",", freed.technicians())))
			.execute();
	}

}
