package org.fieldbook.workforce;

/** No technician, territory or skill has that id. */
public class WorkforceRecordNotFoundException extends RuntimeException {

	public WorkforceRecordNotFoundException(String kind, long id) {
		super("No " + kind + " has id " + id);
	}

}
