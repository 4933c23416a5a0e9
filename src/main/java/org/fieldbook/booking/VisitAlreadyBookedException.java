package org.fieldbook.booking;

/**
 * The account already has an open visit of the same service type at the same site at an overlapping time: a
 * second one is refused, and nothing was booked or moved.
 */
public class VisitAlreadyBookedException extends RuntimeException {

	private final String existingReference;

	VisitAlreadyBookedException(String existingReference) {
		super("The same visit is already booked at an overlapping time: " + existingReference);
		this.existingReference = existingReference;
	}

	/** The reference of the visit that is already booked. */
	public String getExistingReference() {
		return existingReference;
	}

}
