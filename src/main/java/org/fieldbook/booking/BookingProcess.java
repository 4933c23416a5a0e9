package org.fieldbook.booking;

/**
 * The names of {@code processes/booking.bpmn} that Java uses. The instance's business key is the booking reference:
 * {@link BookingService#book} creates it, "Reserve slot" reads it, messages and Cockpit's search find the instance by it.
 */
public final class BookingProcess {

	public static final String KEY = "booking";

	/** Messages the waiting instance catches, correlated by business key. */
	public static final String RESCHEDULED = "bookingRescheduled";

	public static final String CANCELED = "bookingCanceled";

	/** The booking and its work order are completed (by {@code completion.bpmn}); the instance ends. */
	public static final String COMPLETED = "bookingCompleted";

	/** In, for "Reserve slot": the customer's request. */
	public static final String SERVICE_TYPE = "serviceType";

	public static final String ACCOUNT = "account";

	public static final String ASSET = "asset";

	public static final String CONTACT_ID = "contactId";

	/** An ISO-8601 instant. */
	public static final String STARTS_AT = "startsAt";

	/** Technician external ids, comma-separated. */
	public static final String TECHNICIANS = "technicians";

	public static final String DETAILS = "details";

	/** Out, from "Reserve slot"; passed on to each notification. */
	public static final String BOOKING_ID = "bookingId";

	private BookingProcess() {
	}

}
