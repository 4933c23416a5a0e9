package org.fieldbook.notification;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.fieldbook.booking.Appointment;
import org.fieldbook.booking.BookingStatus;
import org.fieldbook.booking.TimeHolds;
import org.fieldbook.booking.Visits;
import org.springframework.stereotype.Component;

/**
 * A confirmation, reminder or rescheduling notice that waited (in retries, or for a retry from Cockpit) while its
 * booking was canceled, completed or moved would tell the customer something no longer true: it is not sent; nor is
 * an earlier-time offer whose held time has passed on.
 */
@Component
class StaleMessages {

	private static final Set<NotificationType> ABOUT_THE_BOOKED_TIME = EnumSet.of(NotificationType.BOOKING_CONFIRMED,
			NotificationType.BOOKING_REMINDER, NotificationType.BOOKING_RESCHEDULED);

	private final Visits visits;

	private final TimeHolds holds;

	StaleMessages(Visits visits, TimeHolds holds) {
		this.visits = visits;
		this.holds = holds;
	}

	/** Why the message is out of date, or empty when it may go out. */
	Optional<String> of(Notification written) {
		if (written.getType() == NotificationType.EARLIER_TIME_OFFERED && written.getBookingId() != null
				&& holds.heldFor(written.getBookingId()).isEmpty()) {
			return Optional.of("not sent — the earlier time offered has passed on");
		}
		if (written.getBookingId() == null || !ABOUT_THE_BOOKED_TIME.contains(written.getType())) {
			return Optional.empty();
		}
		return staleness(written, visits.appointment(written.getBookingId()));
	}

	private static Optional<String> staleness(Notification written, Appointment booking) {
		if (booking.status() != BookingStatus.SCHEDULED) {
			return Optional.of("not sent — the booking is " + booking.status().name().toLowerCase(Locale.ROOT) + " now");
		}
		if (booking.updatedAt().isAfter(written.getCreatedAt())) {
			return Optional.of("not sent — the booking changed after this message was written");
		}
		return Optional.empty();
	}

}
