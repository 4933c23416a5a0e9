package org.fieldbook.booking;

/** The names of {@code processes/completion.bpmn} that Java uses; business key = the booking reference. */
public final class CompletionProcess {

	public static final String KEY = "completion";

	/** The start message: a dispatcher or the API asks to complete a booking. */
	public static final String COMPLETE_BOOKING = "completeBooking";

	/** In, with the start message. */
	public static final String BOOKING_ID = "bookingId";

	private CompletionProcess() {
	}

}
