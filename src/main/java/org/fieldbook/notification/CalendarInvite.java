package org.fieldbook.notification;

import java.util.Date;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import org.fieldbook.booking.Appointment;
import org.fieldbook.booking.PromisedWindow;

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

	/**
	 * @param time the booking's time as the email says it: in a window, the event spans the window and its summary
	 *             says the arrival window, since the planned start is the company's, not a promise
	 */
	static String of(NotificationType type, Appointment booking, String company, String organizerEmail, String link,
			String time) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//Fieldbook//Service appointments//EN");
		boolean canceled = type == NotificationType.BOOKING_CANCELED;
		calendar.setMethod(canceled ? Method.cancel() : Method.publish());
		VEvent visit = new VEvent();
		visit.setUid("booking-" + booking.id() + "@fieldbook");
		visit.setSequence((int) (booking.updatedAt().getEpochSecond() - SEQUENCE_EPOCH));
		visit.setOrganizer(new Organizer(company, organizerEmail));
		PromisedWindow window = booking.window();
		visit.setSummary(booking.serviceName() + " — " + company + (window == null ? "" : " (" + time + ")"));
		visit.setDateStart(Date.from(window == null ? booking.startsAt() : window.from()), true);
		visit.setDateEnd(Date.from(window == null ? booking.endsAt() : window.to()), true);
		visit.setLocation(booking.address());
		visit.setDescription((window == null ? "" : time + "\n") + booking.reference() + (link == null ? "" : "\n" + link));
		visit.setStatus(canceled ? Status.cancelled() : Status.confirmed());
		calendar.addEvent(visit);
		return Biweekly.write(calendar).go();
	}

}
