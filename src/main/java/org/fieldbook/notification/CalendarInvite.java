package org.fieldbook.notification;

import java.util.Date;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import org.fieldbook.booking.Appointment;

/**
 * The {@code .ics} attachment of a booking email (RFC 5545, written by biweekly): start and end in UTC so every
 * calendar shows the appointment at the same moment; one UID per booking so a move or a cancellation updates the
 * entry the customer already has.
 */
final class CalendarInvite {

	/** SEQUENCE grows with each change of the booking: seconds since 2020, which fit an int until 2088. */
	private static final long SEQUENCE_EPOCH = 1_577_836_800L;

	private CalendarInvite() {
	}

	static String of(NotificationType type, Appointment booking, String company, String organizerEmail, String link) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//Fieldbook//Service appointments//EN");
		boolean canceled = type == NotificationType.BOOKING_CANCELED;
		calendar.setMethod(canceled ? Method.cancel() : Method.publish());
		VEvent visit = new VEvent();
		visit.setUid("booking-" + booking.id() + "@fieldbook");
		visit.setSequence((int) (booking.updatedAt().getEpochSecond() - SEQUENCE_EPOCH));
		visit.setOrganizer(new Organizer(company, organizerEmail));
		visit.setSummary(booking.serviceName() + " — " + company);
		visit.setDateStart(Date.from(booking.startsAt()), true);
		visit.setDateEnd(Date.from(booking.endsAt()), true);
		visit.setLocation(booking.address());
		visit.setDescription(booking.reference() + (link == null ? "" : "\n" + link));
		visit.setStatus(canceled ? Status.cancelled() : Status.confirmed());
		calendar.addEvent(visit);
		return Biweekly.write(calendar).go();
	}

}
