package org.fieldbook.booking;

/** Names in {@code booking.bpmn}, {@code completion.bpmn} and {@code reminder.bpmn} that Java refers to. */
public final class BookingProcess {

	public static final String KEY = "booking";

	public static final String COMPLETION_KEY = "completion";

	/** Messages correlated to a booking's instance (business key = the booking reference). */
	public static final String RESCHEDULED = "bookingRescheduled";

	public static final String CANCELED = "bookingCanceled";

	/** Starts {@code completion.bpmn}, which then ends the booking's instance with {@link #CLOSED}. */
	public static final String COMPLETED = "bookingCompleted";

	public static final String CLOSED = "bookingClosed";

	/** Variables. */
	public static final String BOOKING_ID = "bookingId";

	public static final String BOOKING_REFERENCE = "bookingReference";

	public static final String REQUEST = "bookingRequest";

	public static final String BOOKING_IDS = "bookingIds";

	public static final String CLAIMED = "claimed";

	private BookingProcess() {
	}

}
