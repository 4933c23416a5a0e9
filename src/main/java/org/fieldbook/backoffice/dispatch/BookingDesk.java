package org.fieldbook.backoffice.dispatch;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.BookingStatus;
import org.fieldbook.booking.DispatchBookings;
import org.fieldbook.booking.DispatchBookings.Detail;
import org.fieldbook.booking.BookingMoves;
import org.fieldbook.customer.AccountSummary;
import org.fieldbook.customer.Contacts;
import org.fieldbook.customer.CustomerContact;
import org.fieldbook.notification.LoggedMessage;
import org.fieldbook.notification.MessageLog;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.scheduling.SlotDay;
import org.fieldbook.workforce.TechnicianSummary;
import org.fieldbook.workforce.Workforce;
import org.springframework.stereotype.Service;

/**
 * A booking as a dispatcher handles it: what it is, and the four changes (complete, reschedule, cancel, reassign),
 * each through {@link BookingService} and written to the audit trail as old → new. A change asked from a page that
 * showed an older version of the booking is refused.
 */
@Service
class BookingDesk {

	/** How many days of offered times a reschedule shows. */
	static final int OFFERED_DAYS = 7;

	/**
	 * A booking with whom and what it is about.
	 *
	 * @param zone the account's clock, on which its times are shown
	 */
	record Booking(Detail booking, ZoneId zone, AccountSummary account, CustomerContact reportedBy, String asset,
			List<TechnicianSummary> technicians, List<LoggedMessage> messages) {
	}

	private final DispatchBookings bookings;

	private final BookingService service;

	private final BookingMoves moves;

	private final Contacts contacts;

	private final Workforce workforce;

	private final MessageLog messages;

	private final AuditTrail audit;

	BookingDesk(DispatchBookings bookings, BookingService service, BookingMoves moves, Contacts contacts,
			Workforce workforce, MessageLog messages, AuditTrail audit) {
		this.bookings = bookings;
		this.service = service;
		this.moves = moves;
		this.contacts = contacts;
		this.workforce = workforce;
		this.messages = messages;
		this.audit = audit;
	}

	Booking booking(String reference) {
		Detail detail = bookings.detail(reference);
		AccountSummary account = detail.accountId() == null ? null
				: contacts.accounts(List.of(detail.accountId())).get(detail.accountId());
		CustomerContact reportedBy = detail.reportedByContactId() == null ? null
				: contacts.contact(detail.reportedByContactId()).orElse(null);
		String asset = detail.assetId() == null ? null : contacts.assetNames(List.of(detail.assetId())).get(detail.assetId());
		return new Booking(detail, account == null ? ZoneOffset.UTC : account.zone(), account, reportedBy, asset,
				technicians(detail), messages.ofBooking(detail.bookingId()));
	}

	/** The times the booking may be moved to, over the next days the engine offers. */
	List<SlotDay> offeredTimes(Detail booking) {
		if (!booking.isScheduled() || booking.accountId() == null) {
			return List.of();
		}
		return moves.times(booking.bookingId()).days().stream().limit(OFFERED_DAYS).toList();
	}

	/** Who could take over a booking held by one technician, at its time. */
	List<TechnicianSummary> takeOverCandidates(Detail booking) {
		if (!booking.isScheduled() || booking.accountId() == null || booking.technicianIds().size() != 1) {
			return List.of();
		}
		List<TechnicianSummary> crew = technicians(booking);
		List<String> candidates = moves.takeOverCandidates(booking.bookingId(), booking.startsAt(),
				crew.stream().map(TechnicianSummary::externalId).toList(), crew.get(0).externalId());
		return workforce.techniciansByExternalId(candidates);
	}

	void complete(String reference, Long version, String actor) {
		Detail before = current(reference, version);
		service.complete(reference);
		audit.record(actor, "booking.completed", reference, before.status() + " → " + BookingStatus.COMPLETED);
	}

	/** {@code technicians} empty: those the engine would send at that time. */
	BookedVisit reschedule(String reference, Long version, Instant startsAt, List<String> technicians, String actor) {
		Detail before = current(reference, version);
		List<String> crew = technicians.isEmpty() ? offeredCrew(before, startsAt) : technicians;
		BookedVisit moved = service.rescheduleForCompany(reference, startsAt, crew, actor);
		audit.record(actor, "booking.rescheduled", reference,
				before.startsAt() + " " + crew(before) + " → " + moved.startsAt() + " " + String.join(",", crew));
		return moved;
	}

	void cancel(String reference, Long version, String reason, String actor) {
		Detail before = current(reference, version);
		service.cancelForCompany(reference, actor, reason);
		audit.record(actor, "booking.canceled", reference, before.status() + " → " + BookingStatus.CANCELED + ": " + reason);
	}

	/** Gives the booking of one technician to another one, at the same time. */
	void reassign(String reference, Long version, String technician, String actor) {
		Detail before = current(reference, version);
		String from = crew(before);
		service.reassignForCompany(reference, from, technician, actor);
		audit.record(actor, "booking.reassigned", reference, from + " → " + technician);
	}

	private Detail current(String reference, Long version) {
		Detail detail = bookings.detail(reference);
		if (version != null && version != detail.version()) {
			throw new BookingChangedMeanwhileException(reference);
		}
		return detail;
	}

	private List<String> offeredCrew(Detail booking, Instant startsAt) {
		return moves.times(booking.bookingId())
			.days()
			.stream()
			.flatMap(day -> day.slots().stream())
			.filter(slot -> slot.start().toInstant().equals(startsAt))
			.map(Slot::technicians)
			.findFirst()
			.orElseThrow(() -> new TimeNotOfferedException(booking.reference(), startsAt));
	}

	private List<TechnicianSummary> technicians(Detail booking) {
		Map<Long, TechnicianSummary> found = workforce.technicians(booking.technicianIds());
		return booking.technicianIds().stream().map(found::get).sorted(Comparator.comparing(TechnicianSummary::name)).toList();
	}

	private String crew(Detail booking) {
		return String.join(",", technicians(booking).stream().map(TechnicianSummary::externalId).toList());
	}

}
