package org.fieldbook.waitlist;

import java.time.Instant;

/**
 * A freed time offered to one waiting visit.
 *
 * @param previousStartsAt the visit's time when it was offered: "10:00 instead of 14:00"
 */
public record EarlierTimeOffer(long id, long bookingId, Long holdId, Instant offeredStartsAt, Instant offeredEndsAt,
		Instant previousStartsAt, String processInstanceId, State state, Instant createdAt, Instant expiresAt,
		Instant answeredAt) {

	public enum State {

		OFFERED, TAKEN, DECLINED, EXPIRED, WITHDRAWN

	}

	public boolean open() {
		return state == State.OFFERED;
	}

}
