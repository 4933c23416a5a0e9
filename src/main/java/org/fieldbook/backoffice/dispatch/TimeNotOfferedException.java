package org.fieldbook.backoffice.dispatch;

import java.time.Instant;

/** A time (or technician) that the slot engine does not offer for the booking now: nothing is moved. */
class TimeNotOfferedException extends RuntimeException {

	TimeNotOfferedException(String reference, Instant startsAt) {
		super("Booking " + reference + " cannot be moved to " + startsAt + ": that time is not offered for it now");
	}

}
