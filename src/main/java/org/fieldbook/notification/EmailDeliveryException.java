package org.fieldbook.notification;

/** The SMTP server did not take an email; the job that sent it is retried. */
public class EmailDeliveryException extends RuntimeException {

	EmailDeliveryException(String recipient, Throwable cause) {
		super("Email to " + recipient + " not delivered: " + cause.getMessage(), cause);
	}

}
