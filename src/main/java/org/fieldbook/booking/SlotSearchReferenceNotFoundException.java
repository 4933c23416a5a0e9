package org.fieldbook.booking;

/** A slot search named a service type, account or asset that does not exist (or not for that account). */
public class SlotSearchReferenceNotFoundException extends RuntimeException {

	public SlotSearchReferenceNotFoundException(String kind, String id) {
		super("No " + kind + " \"" + id + "\"");
	}

}
