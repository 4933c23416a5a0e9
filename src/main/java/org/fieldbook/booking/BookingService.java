package org.fieldbook.booking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.fieldbook.booking.SlotReservation.Reserved;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.workforce.Workforce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking, moving, canceling and completing visits. Each changes the ledger first, in one transaction, and then
 * tells the booking's process instance ({@code booking.bpmn}, business key = the reference), which notifies
 * the customer after its own async boundaries. A change that met a job of the same instance is run again whole
 * ({@link BookingChanges}).
 */
@Service
public class BookingService {

	private static final Logger log = LoggerFactory.getLogger(BookingService.class);

	private final RuntimeService runtime;

	private final BookingReferences references;

	private final SlotReservation reservation;

	private final JdbcTemplate jdbc;

	private final WorkOrders workOrders;

	private final PortalSettingsService settings;

	private final BookingChanges changes;

	private final Workforce workforce;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	BookingService(RuntimeService runtime, BookingReferences references, SlotReservation reservation, JdbcTemplate jdbc,
			WorkOrders workOrders, PortalSettingsService settings, BookingChanges changes, Workforce workforce, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.runtime = runtime;
		this.workforce = workforce;
		this.changes = changes;
		this.references = references;
		this.reservation = reservation;
		this.jdbc = jdbc;
		this.workOrders = workOrders;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A booked visit: its reference for the customer, and its time.
	 *
	 * @param window the arrival window the customer is promised; null: the exact time
	 */
	public record BookedVisit(String reference, long bookingId, Instant startsAt, Instant endsAt, PromisedWindow window) {
	}

	/**
	 * A customer books: starts {@code booking.bpmn}, whose first task reserves the slot in this transaction.
	 *
	 * @throws SlotUnavailableException             when the slot was taken meanwhile; nothing is written then
	 * @throws SlotSearchReferenceNotFoundException for a service type not shown on the portal; nothing is written
	 * @throws VisitAlreadyBookedException          when the account has the same visit at an overlapping time
	 */
	@Transactional
	public BookedVisit book(BookingRequest request) {
		String reference = references.next();
		ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(BookingProcess.KEY)
			.businessKey(reference)
			.setVariables(startVariables(request))
			.executeWithVariablesInReturn();
		long bookingId = ((Number) instance.getVariables().get(BookingProcess.BOOKING_ID)).longValue();
		return jdbc.queryForObject("SELECT starts_at, ends_at, window_starts_at, window_ends_at FROM booking WHERE id = ?",
				(rs, n) -> new BookedVisit(reference, bookingId, rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
						PromisedWindow.read(rs, 3)),
				bookingId);
	}

	/** What "Reserve slot" reads; the reference travels as the business key only. */
	private static VariableMap startVariables(BookingRequest request) {
		return Variables.createVariables()
			.putValue(BookingProcess.SERVICE_TYPE, request.serviceType())
			.putValue(BookingProcess.ACCOUNT, request.account())
			.putValue(BookingProcess.ASSET, request.asset())
			.putValue(BookingProcess.CONTACT_ID, request.contactId())
			.putValue(BookingProcess.STARTS_AT, request.startsAt().toString())
			.putValue(BookingProcess.TECHNICIANS, String.join(",", request.technicians()))
			.putValue(BookingProcess.DETAILS, request.details());
	}

	/** Used by "Reserve slot" in {@code booking.bpmn}. */
	@Transactional
	public Reserved reserve(BookingRequest request, String reference) {
		return reservation.reserve(request, reference);
	}

	/**
	 * The customer moves a scheduled booking to another offered slot, until the cut-off before the visit; then
	 * notifies through its process.
	 *
	 * @throws SlotUnavailableException             when the new slot was taken meanwhile; the booking keeps its time then
	 * @throws CutOffPassedException                when the visit is too close to be moved online
	 * @throws SlotSearchReferenceNotFoundException when its service type is no longer shown on the portal
	 * @throws VisitAlreadyBookedException          when the account has the same visit at an overlapping time
	 */
	public BookedVisit reschedule(String reference, Instant startsAt, List<String> technicians) {
		return changes.call(reference, () -> {
			Locked booking = lockScheduled(reference);
			checkCutOff(booking);
			return move(booking, startsAt, technicians, BookingSource.PORTAL);
		});
	}

	/**
	 * The customer takes a freed time held for the visit ({@link TimeHolds}): the hold ends and the booking moves into
	 * its time in one transaction, with the usual rescheduling notice. The engine checks the time again as for a
	 * company's move (exact starts: a freed time is one start, also for a service type of arrival windows, whose
	 * window then holds it).
	 *
	 * @throws HeldTimeGoneException when the hold expired, was passed on or taken; the booking keeps its time then
	 * @throws CutOffPassedException when the visit is too close to be moved online by now
	 */
	public BookedVisit takeHeldTime(String reference, long holdId) {
		return changes.call(reference, () -> {
			Locked booking = lockScheduled(reference);
			checkCutOff(booking);
			SlotReservation.Claimed held = reservation.claimHold(holdId);
			return move(booking, held.startsAt(), held.technicians(), BookingSource.BACK_OFFICE);
		});
	}

	/**
	 * The company moves a scheduled booking, also inside the customer's cut-off; the work order's timeline says who.
	 *
	 * @throws SlotUnavailableException    when the new slot was taken meanwhile; the booking keeps its time then
	 * @throws VisitAlreadyBookedException when the account has the same visit at an overlapping time
	 */
	public BookedVisit rescheduleForCompany(String reference, Instant startsAt, List<String> technicians, String staffUser) {
		return changes.call(reference, () -> {
			Locked booking = lockScheduled(reference);
			BookedVisit moved = move(booking, startsAt, technicians, BookingSource.BACK_OFFICE);
			workOrders.addNote(booking.workOrderId(), staffUser, "Moved by the company to " + moved.startsAt()
					+ (moved.window() != null && booking.window() != null && moved.window().equals(booking.window())
							? ", inside the arrival window promised; the customer was not told" : ""),
					clock.instant());
			return moved;
		});
	}

	/**
	 * The customer cancels a scheduled booking, until the cut-off before the visit.
	 *
	 * @throws CutOffPassedException when the visit is too close to be canceled online
	 */
	public void cancel(String reference) {
		changes.run(reference, () -> {
			Locked booking = lockScheduled(reference);
			checkCutOff(booking);
			cancel(booking);
		});
	}

	/** The company cancels a scheduled booking, also inside the customer's cut-off; the work order's timeline says who. */
	public void cancelForCompany(String reference, String staffUser) {
		cancelForCompany(reference, staffUser, null);
	}

	/** As {@link #cancelForCompany(String, String)}, with the reason on the timeline (null: none given). */
	public void cancelForCompany(String reference, String staffUser, String reason) {
		changes.run(reference, () -> {
			Locked booking = lockScheduled(reference);
			cancel(booking);
			workOrders.addNote(booking.workOrderId(), staffUser,
					reason == null ? "Canceled by the company" : "Canceled by the company: " + reason, clock.instant());
		});
	}

	/**
	 * The company gives a scheduled booking's place in its crew of one technician to another one, at the same time;
	 * the slot engine checks again, under the technicians' locks, that the other one qualifies and is free then. The
	 * time does not change, so the customer is not told.
	 *
	 * @throws SlotUnavailableException when the other technician is not free or not qualified then; nothing changes
	 * @throws BookingStateException    when the booking is not scheduled or {@code from} is not in its crew
	 */
	public BookedVisit reassignForCompany(String reference, String from, String to, String staffUser) {
		return changes.call(reference, () -> {
			Locked booking = lockScheduled(reference);
			List<String> crew = new ArrayList<>(workforce.externalIds(jdbc.queryForList(
					"SELECT technician_id FROM booking_assignment WHERE booking_id = ? ORDER BY technician_id", Long.class,
					booking.id())).values());
			if (!crew.remove(from) || crew.contains(to)) {
				throw new BookingStateException("Booking " + reference + " is not held by " + from + " alone among its crew");
			}
			crew.add(to);
			Reserved moved = reservation.move(booking.id(), booking.startsAt(), crew, BookingSource.BACK_OFFICE);
			workOrders.addNote(booking.workOrderId(), staffUser, "Reassigned by the company from " + from + " to " + to,
					clock.instant());
			return new BookedVisit(reference, booking.id(), moved.startsAt(), moved.endsAt(), moved.window());
		});
	}

	/**
	 * Whether the customer may still cancel or move the visit online: it is scheduled, still to come, and starts
	 * later than the cut-off (a setting, in hours) from now.
	 */
	public boolean customerMayChange(VisitView visit) {
		Instant now = clock.instant();
		return visit.upcoming(now) && now.plus(cutOff()).isBefore(visit.promisedStart());
	}

	/** Whether the customer may move the visit online: as {@link #customerMayChange}, if its service type is on the portal. */
	public boolean customerMayMove(VisitView visit) {
		return visit.serviceTypeOnPortal() && customerMayChange(visit);
	}

	/**
	 * Starts {@code completion.bpmn} for a scheduled or running booking (any source: dispatchers complete
	 * imported bookings too).
	 */
	public void complete(String reference) {
		changes.run(reference, () -> {
			long bookingId = jdbc.query("SELECT id, status FROM booking WHERE reference = ? OR external_id = ? FOR UPDATE",
					(rs, n) -> {
						BookingStatus status = BookingStatus.valueOf(rs.getString("status"));
						if (!status.isOpen()) {
							throw new BookingStateException(reference, status, "completed");
						}
						return rs.getLong("id");
					}, reference, reference)
				.stream()
				.findFirst()
				.orElseThrow(() -> new BookingNotFoundException(reference));
			runtime.createMessageCorrelation(CompletionProcess.COMPLETE_BOOKING)
				.processInstanceBusinessKey(reference)
				.setVariable(CompletionProcess.BOOKING_ID, bookingId)
				.correlateStartMessage();
		});
	}

	/** Marks a booking and its work order completed and ends its booking process; for {@code completion.bpmn}. */
	@Transactional
	public void markCompleted(long bookingId) {
		int completed = jdbc.update("""
				UPDATE booking SET status = ?, updated_at = ?, completed_at = ?
				 WHERE id = ? AND status IN (?, ?)""", BookingStatus.COMPLETED.name(), Timestamp.from(clock.instant()),
				Timestamp.from(clock.instant()), bookingId, BookingStatus.SCHEDULED.name(), BookingStatus.IN_PROGRESS.name());
		BookingStatus status = BookingStatus.valueOf(
				jdbc.queryForObject("SELECT status FROM booking WHERE id = ?", String.class, bookingId));
		if (completed == 0 && status != BookingStatus.COMPLETED) {
			throw new BookingStateException(String.valueOf(bookingId), status, "completed");
		}
		workOrders.setStatusOfBooking(bookingId, WorkOrderStatus.COMPLETED);
		String reference = jdbc.queryForObject("SELECT reference FROM booking WHERE id = ?", String.class, bookingId);
		if (reference != null) {
			tell(reference, BookingProcess.COMPLETED);
		}
	}

	/**
	 * A scheduled booking, locked for a change.
	 *
	 * @param window the arrival window the customer is promised; null: the exact time
	 */
	private record Locked(String reference, long id, Long workOrderId, Instant startsAt, Instant endsAt,
			PromisedWindow window) {

		/** What the customer was told the visit begins at: the window's start, or the time. */
		Instant promisedStart() {
			return window == null ? startsAt : window.from();
		}

	}

	private Locked lockScheduled(String reference) {
		return jdbc.query("""
				SELECT id, status, work_order_id, starts_at, ends_at, window_starts_at, window_ends_at
				  FROM booking WHERE reference = ? FOR UPDATE""", (rs, n) -> {
			BookingStatus status = BookingStatus.valueOf(rs.getString("status"));
			if (status != BookingStatus.SCHEDULED) {
				throw new BookingStateException(reference, status, "changed");
			}
			return new Locked(reference, rs.getLong("id"), rs.getObject("work_order_id", Long.class),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
					PromisedWindow.read(rs, "window_starts_at", "window_ends_at"));
		}, reference).stream().findFirst().orElseThrow(() -> new BookingNotFoundException(reference));
	}

	private void checkCutOff(Locked booking) {
		if (!clock.instant().plus(cutOff()).isBefore(booking.promisedStart())) {
			throw new CutOffPassedException(booking.reference(), settings.portalRules().cancelCutoffHours());
		}
	}

	private Duration cutOff() {
		return Duration.ofHours(settings.portalRules().cancelCutoffHours());
	}

	private BookedVisit move(Locked booking, Instant startsAt, List<String> technicians, BookingSource mover) {
		Optional<FreedTime> freed = freedBy(booking);
		Reserved moved = reservation.move(booking.id(), startsAt, technicians, mover);
		if (!moved.startsAt().equals(booking.startsAt())) {
			freed.ifPresent(events::publishEvent);
		}
		if (!moved.promiseKept()) {
			tell(booking.reference(), BookingProcess.RESCHEDULED);
		}
		return new BookedVisit(booking.reference(), booking.id(), moved.startsAt(), moved.endsAt(), moved.window());
	}

	/**
	 * The time a change of this booking leaves free, still to come, told to whoever listens after the commit
	 * (the waitlist offers it to waiting customers); empty for a booking without a work order (imported).
	 */
	private Optional<FreedTime> freedBy(Locked booking) {
		if (booking.workOrderId() == null || !booking.startsAt().isAfter(clock.instant())) {
			return Optional.empty();
		}
		List<Long> technicianIds = jdbc.queryForList(
				"SELECT technician_id FROM booking_assignment WHERE booking_id = ? ORDER BY technician_id", Long.class,
				booking.id());
		String serviceType = jdbc.queryForObject("""
				SELECT st.external_id FROM work_order w JOIN service_type st ON st.id = w.service_type_id WHERE w.id = ?""",
				String.class, booking.workOrderId());
		return Optional.of(new FreedTime(booking.id(), serviceType, booking.startsAt(), booking.endsAt(),
				List.copyOf(workforce.externalIds(technicianIds).values())));
	}

	private void cancel(Locked booking) {
		freedBy(booking).ifPresent(events::publishEvent);
		jdbc.update("UPDATE booking SET status = ?, updated_at = ?, canceled_at = ? WHERE id = ?", BookingStatus.CANCELED.name(),
				Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), booking.id());
		workOrders.setStatusOfBooking(booking.id(), WorkOrderStatus.CANCELED);
		tell(booking.reference(), BookingProcess.CANCELED);
	}

	/** Correlates to the booking's own instance only (never starts one), if it still waits. */
	private void tell(String reference, String message) {
		ProcessInstance instance = runtime.createProcessInstanceQuery()
			.processDefinitionKey(BookingProcess.KEY)
			.processInstanceBusinessKey(reference)
			.singleResult();
		if (instance == null) {
			log.warn("Booking {} has no running process to tell '{}'", reference, message);
			return;
		}
		runtime.createMessageCorrelation(message).processInstanceId(instance.getId()).correlateAllWithResult();
	}

}
