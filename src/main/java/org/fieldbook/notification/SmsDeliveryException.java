package org.fieldbook.notification;

/** The SMS provider could not take the message now (429, 5xx or no answer); the job that sent it is retried. */
public class SmsDeliveryException extends RuntimeException {

	SmsDeliveryException(int status, String message) {
		super("SMS provider answered HTTP " + status + ": " + message);
	}

	SmsDeliveryException(RuntimeException unanswered) {
		super("SMS provider did not answer: " + unanswered.getMessage(), unanswered);
	}

}
