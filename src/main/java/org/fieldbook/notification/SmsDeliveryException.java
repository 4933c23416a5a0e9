package org.fieldbook.notification;

/** The SMS provider could not take the message now (429 or 5xx); the job that sent it is retried. */
public class SmsDeliveryException extends RuntimeException {

	SmsDeliveryException(int status, String message) {
		super("SMS provider answered HTTP " + status + ": " + message);
	}

}
