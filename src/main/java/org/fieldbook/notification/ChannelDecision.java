package org.fieldbook.notification;

/**
 * Whether and how a message goes out.
 *
 * @param reason why it is skipped or why the customer cannot be reached; null when it is sent
 */
public record ChannelDecision(Outcome outcome, String reason, boolean email, boolean sms) {

	public enum Outcome {

		/** Sent on the channels marked. */
		SEND,
		/** Not wanted: the message type is off, the account or service type is excluded, or the booking is not a portal one. */
		SKIP,
		/** Wanted, but there is no usable email address or mobile number: a dispatcher calls instead. */
		UNREACHABLE

	}

	static ChannelDecision skip(String reason) {
		return new ChannelDecision(Outcome.SKIP, reason, false, false);
	}

	static ChannelDecision unreachable(String reason) {
		return new ChannelDecision(Outcome.UNREACHABLE, reason, false, false);
	}

	static ChannelDecision send(boolean email, boolean sms) {
		return new ChannelDecision(Outcome.SEND, null, email, sms);
	}

}
