package org.fieldbook.waitlist;

/**
 * The visit has no open offer to take: it expired and passed to someone else, or was answered already; when the
 * visit's latest offer is the one it took, {@link #takenByThisVisit()}.
 */
public class EarlierTimeGoneException extends RuntimeException {

	private final boolean takenByThisVisit;

	EarlierTimeGoneException(long bookingId, boolean takenByThisVisit) {
		super("Booking " + bookingId + (takenByThisVisit ? " took its earlier-time offer already"
				: " has no open earlier-time offer"));
		this.takenByThisVisit = takenByThisVisit;
	}

	public boolean takenByThisVisit() {
		return takenByThisVisit;
	}

}
