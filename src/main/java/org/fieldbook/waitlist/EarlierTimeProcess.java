package org.fieldbook.waitlist;

/** The names of {@code earlier-time-offer.bpmn}: its key, variables and messages. */
public final class EarlierTimeProcess {

	public static final String KEY = "earlier-time-offer";

	/** The freed time: the booking that left it, its service type, start, end and crew (comma-separated). */
	public static final String FREED_BOOKING_ID = "freedBookingId";

	public static final String SERVICE_TYPE = "serviceType";

	public static final String STARTS_AT = "startsAt";

	public static final String ENDS_AT = "endsAt";

	public static final String TECHNICIANS = "technicians";

	/** The waiting visits to offer it to, in order (booking ids, comma-separated), and the index of the next one. */
	public static final String CANDIDATES = "candidates";

	public static final String NEXT_CANDIDATE = "nextCandidate";

	/** Whether the time is held for a visit now; the hold's booking id; the offer's id. */
	public static final String HELD = "held";

	public static final String HOLD_ID = "holdId";

	public static final String OFFER_ID = "offerId";

	/** The visit offered the time: what the notification is about, and its reference, the notification's business key. */
	public static final String BOOKING_ID = "bookingId";

	public static final String BOOKING_REFERENCE = "bookingReference";

	/** How long an offer waits for its answer, as an ISO duration for the timer. */
	public static final String OFFER_DURATION = "offerDuration";

	public static final String TAKEN = "earlierTimeTaken";

	public static final String DECLINED = "earlierTimeDeclined";

	private EarlierTimeProcess() {
	}

}
