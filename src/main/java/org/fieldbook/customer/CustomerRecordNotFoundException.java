package org.fieldbook.customer;

/** No account, contact or asset has this id. */
public class CustomerRecordNotFoundException extends RuntimeException {

	public CustomerRecordNotFoundException(String kind, Object id) {
		super("No " + kind + " with id " + id);
	}

}
