package org.fieldbook.notification;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.fieldbook.booking.Appointment;
import org.fieldbook.booking.BookingStatus;
import org.fieldbook.booking.Visits;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A confirmation, reminder or rescheduling notice that waited (in retries, or for a retry from Cockpit) while its
 * booking was canceled, completed or moved would tell the customer something no longer true: it is not sent.
 */
@Component
class StaleMessages {

	private static final Set<NotificationType> ABOUT_THE_BOOKED_TIME = EnumSet.of(NotificationType.BOOKING_CONFIRMED,
			NotificationType.BOOKING_REMINDER, NotificationType.BOOKING_RESCHEDULED);

	private record Written(NotificationType type, Long bookingId, Instant createdAt) {
	}

	private final JdbcTemplate jdbc;

	private final Visits visits;

	StaleMessages(JdbcTemplate jdbc, Visits visits) {
		this.jdbc = jdbc;
		this.visits = visits;
	}

	/** Why the message is out of date, or empty when it may go out. */
	Optional<String> of(long notificationId) {
		return jdbc.query("SELECT type, booking_id, created_at FROM notification WHERE id = ?",
				(rs, n) -> new Written(NotificationType.valueOf(rs.getString(1)), rs.getObject(2, Long.class),
						rs.getTimestamp(3).toInstant()),
				notificationId)
			.stream()
			.filter(written -> written.bookingId() != null && ABOUT_THE_BOOKED_TIME.contains(written.type()))
			.findFirst()
			.flatMap(written -> staleness(written, visits.appointment(written.bookingId())));
	}

	private static Optional<String> staleness(Written written, Appointment booking) {
		if (booking.status() != BookingStatus.SCHEDULED) {
			return Optional.of("not sent — the booking is " + booking.status().name().toLowerCase(Locale.ROOT) + " now");
		}
		if (booking.updatedAt().isAfter(written.createdAt())) {
			return Optional.of("not sent — the booking changed after this message was written");
		}
		return Optional.empty();
	}

}
