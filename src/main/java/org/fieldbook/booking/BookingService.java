package org.fieldbook.booking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.fieldbook.booking.SlotReservation.Reserved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking, moving, canceling and completing visits. Each changes the ledger first, in one transaction, and then
 * tells the booking's process instance ({@code booking.bpmn}, business key = the reference), which notifies
 * the customer after its own async boundaries.
 */
@Service
public class BookingService {

	private static final Logger log = LoggerFactory.getLogger(BookingService.class);

	private final RuntimeService runtime;

	private final BookingReferences references;

	private final SlotReservation reservation;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	BookingService(RuntimeService runtime, BookingReferences references, SlotReservation reservation, JdbcTemplate jdbc,
			Clock clock) {
		this.runtime = runtime;
		this.references = references;
		this.reservation = reservation;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A booked visit: its reference for the customer, and its time. */
	public record BookedVisit(String reference, long bookingId, Instant startsAt, Instant endsAt) {
	}

	/**
	 * Starts {@code booking.bpmn}, whose first task reserves the slot in this transaction.
	 *
	 * @throws SlotUnavailableException when the slot was taken meanwhile; nothing is written then
	 */
	@Transactional
	public BookedVisit book(BookingRequest request) {
		String reference = references.next();
		ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(BookingProcess.KEY)
			.businessKey(reference)
			.setVariables(startVariables(request))
			.executeWithVariablesInReturn();
		long bookingId = ((Number) instance.getVariables().get(BookingProcess.BOOKING_ID)).longValue();
		Map<String, Object> times = jdbc.queryForMap("SELECT starts_at, ends_at FROM booking WHERE id = ?", bookingId);
		return new BookedVisit(reference, bookingId, ((Timestamp) times.get("starts_at")).toInstant(),
				((Timestamp) times.get("ends_at")).toInstant());
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
	 * Moves a scheduled booking to another offered slot, then notifies through its process.
	 *
	 * @throws SlotUnavailableException when the new slot was taken meanwhile; the booking keeps its time then
	 */
	@Transactional
	public BookedVisit reschedule(String reference, Instant startsAt, List<String> technicians) {
		long bookingId = lockScheduled(reference);
		Reserved moved = reservation.move(bookingId, startsAt, technicians);
		tell(reference, BookingProcess.RESCHEDULED);
		return new BookedVisit(reference, bookingId, moved.startsAt(), moved.endsAt());
	}

	@Transactional
	public void cancel(String reference) {
		long bookingId = lockScheduled(reference);
		jdbc.update("UPDATE booking SET status = 'CANCELED', updated_at = ? WHERE id = ?", Timestamp.from(clock.instant()),
				bookingId);
		jdbc.update("UPDATE work_order SET status = 'CANCELED' WHERE id = (SELECT work_order_id FROM booking WHERE id = ?)",
				bookingId);
		tell(reference, BookingProcess.CANCELED);
	}

	/**
	 * Starts {@code completion.bpmn} for a scheduled or running booking (any source: dispatchers complete
	 * imported bookings too).
	 */
	@Transactional
	public void complete(String reference) {
		long bookingId = jdbc.query("SELECT id, status FROM booking WHERE reference = ? OR external_id = ? FOR UPDATE",
				(rs, n) -> {
					String status = rs.getString("status");
					if (!"SCHEDULED".equals(status) && !"IN_PROGRESS".equals(status)) {
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
	}

	/** Marks a booking and its work order completed and ends its booking process; for {@code completion.bpmn}. */
	@Transactional
	public void markCompleted(long bookingId) {
		int completed = jdbc.update("""
				UPDATE booking SET status = 'COMPLETED', updated_at = ?
				 WHERE id = ? AND status IN ('SCHEDULED', 'IN_PROGRESS')""", Timestamp.from(clock.instant()), bookingId);
		String status = jdbc.queryForObject("SELECT status FROM booking WHERE id = ?", String.class, bookingId);
		if (completed == 0 && !"COMPLETED".equals(status)) {
			throw new BookingStateException(String.valueOf(bookingId), status, "completed");
		}
		jdbc.update("UPDATE work_order SET status = 'COMPLETED' WHERE id = (SELECT work_order_id FROM booking WHERE id = ?)",
				bookingId);
		String reference = jdbc.queryForObject("SELECT reference FROM booking WHERE id = ?", String.class, bookingId);
		if (reference != null) {
			tell(reference, BookingProcess.COMPLETED);
		}
	}

	private long lockScheduled(String reference) {
		return jdbc.query("SELECT id, status FROM booking WHERE reference = ? FOR UPDATE", (rs, n) -> {
			if (!"SCHEDULED".equals(rs.getString("status"))) {
				throw new BookingStateException(reference, rs.getString("status"), "changed");
			}
			return rs.getLong("id");
		}, reference).stream().findFirst().orElseThrow(() -> new BookingNotFoundException(reference));
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
