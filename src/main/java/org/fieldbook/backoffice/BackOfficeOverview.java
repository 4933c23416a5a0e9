package org.fieldbook.backoffice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.fieldbook.booking.BookingActivity;
import org.fieldbook.booking.ServiceTypeCatalog;
import org.fieldbook.booking.Visits;
import org.fieldbook.customer.Contacts;
import org.fieldbook.notification.FailedMessages;
import org.fieldbook.waitlist.EarlierTimeFigures;
import org.fieldbook.waitlist.EarlierTimeFigures.BroughtForward;
import org.fieldbook.workforce.Workforce;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures on the back office's first page: what there is, and what happened today. "Today" is the day on the
 * company clock, the zone of the one {@link Clock} (UTC unless configured): there is no company time zone among the
 * settings, and accounts and technicians each keep their own.
 */
@Component
class BackOfficeOverview {

	record Figures(long technicians, long accounts, long serviceTypes, long bookings) {
	}

	record Today(LocalDate day, ZoneId zone, BookingActivity.Counts bookings, long failedMessages, long openIncidents,
			long waitingTasks) {

		/** The zone as the page names it: "UTC" rather than the offset's "Z". */
		public String zoneName() {
			return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
		}

	}

	private final Workforce technicians;

	private final Contacts accounts;

	private final ServiceTypeCatalog serviceTypes;

	private final Visits bookings;

	private final BookingActivity activity;

	private final FailedMessages failedMessages;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final EarlierTimeFigures earlierTimes;

	private final Clock clock;

	BackOfficeOverview(Workforce technicians, Contacts accounts, ServiceTypeCatalog serviceTypes, Visits bookings,
			BookingActivity activity, FailedMessages failedMessages, RuntimeService runtime, TaskService tasks,
			EarlierTimeFigures earlierTimes, Clock clock) {
		this.technicians = technicians;
		this.accounts = accounts;
		this.serviceTypes = serviceTypes;
		this.bookings = bookings;
		this.activity = activity;
		this.failedMessages = failedMessages;
		this.runtime = runtime;
		this.tasks = tasks;
		this.earlierTimes = earlierTimes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Figures now() {
		return new Figures(technicians.countTechnicians(), accounts.countAccounts(), serviceTypes.count(), bookings.count());
	}

	/** The visits brought forward by earlier-time offers taken in the last {@code days} days, and the days they gained. */
	BroughtForward broughtForward(int days) {
		return earlierTimes.broughtForwardSince(clock.instant().minus(Duration.ofDays(days)));
	}

	@Transactional(readOnly = true)
	Today today() {
		ZoneId zone = clock.getZone();
		LocalDate day = LocalDate.now(clock);
		Instant from = day.atStartOfDay(zone).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
		return new Today(day, zone, activity.between(from, to), failedMessages.countBetween(from, to),
				runtime.createIncidentQuery().count(), tasks.createTaskQuery().active().count());
	}

}
