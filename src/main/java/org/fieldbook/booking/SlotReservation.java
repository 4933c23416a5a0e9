package org.fieldbook.booking;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.fieldbook.booking.SlotSearchService.Prepared;
import org.fieldbook.customer.Address;
import org.fieldbook.customer.Contacts;
import org.fieldbook.customer.ServiceSite;
import org.fieldbook.customer.ServiceSites;
import org.fieldbook.scheduling.Resource;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.scheduling.SlotDay;
import org.fieldbook.scheduling.SlotRequest;
import org.fieldbook.workforce.Workforce;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a slot for good, in the caller's transaction: locks the chosen technicians (in id order, so two bookings
 * never wait on each other), asks the slot engine again on the data as it is now, and only then writes the
 * ledger. The exclusion constraint of the ledger is the last guard; then the ledger's lock on the account's visits
 * (always taken after the technicians) keeps one customer from holding the same visit twice.
 */
@Service
class SlotReservation {

	/**
	 * What was written: the booking, at its time.
	 *
	 * @param window       the arrival window the customer is promised; null: the exact time
	 * @param promiseKept  whether a move left the customer's promise as it was (the same window): nobody is told then
	 */
	record Reserved(long bookingId, Instant startsAt, Instant endsAt, PromisedWindow window, boolean promiseKept) {
	}

	/** A start the engine offers on the data as it is now, and the window it is promised in (null: none). */
	private record Placed(Slot slot, PromisedWindow window) {
	}

	private final JdbcTemplate jdbc;

	private final SlotSearchService slots;

	private final ServiceSites sites;

	private final Contacts contacts;

	private final Visits visits;

	private final Workforce workforce;

	private final WorkOrders workOrders;

	private final BookingLedger ledger;

	private final Clock clock;

	SlotReservation(JdbcTemplate jdbc, SlotSearchService slots, ServiceSites sites, Contacts contacts, Visits visits,
			Workforce workforce, WorkOrders workOrders, BookingLedger ledger, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.contacts = contacts;
		this.visits = visits;
		this.workOrders = workOrders;
		this.slots = slots;
		this.sites = sites;
		this.workforce = workforce;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Reserved reserve(BookingRequest request, String reference) {
		ServiceSite site = site(request);
		long serviceTypeId = serviceTypeId(request.serviceType());
		Address address = site.address();
		List<Long> technicians = lockTechnicians(request.technicians(), request.startsAt());
		Placed placed = recheck(slots.prepare(
				new SlotQuery(request.serviceType(), request.account(), request.asset(), clock.instant()),
				BookingSource.PORTAL, null), request.startsAt(), request.technicians());
		Slot slot = placed.slot();
		try {
			long workOrderId = jdbc.queryForObject("""
					INSERT INTO work_order (account_id, reported_by_contact_id, service_type_id, asset_id, address_line1,
					       address_line2, address_city, address_postal_code, address_country, address_lat, address_lon, status)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, site.accountId(),
					request.contactId(), serviceTypeId, site.assetId(), address.line1(), address.line2(),
					address.city(), address.postalCode(), address.country(), address.lat(), address.lon(),
					WorkOrderStatus.SCHEDULED.name());
			if (request.details() != null && !request.details().isBlank()) {
				workOrders.addNote(workOrderId, contacts.contact(request.contactId()).orElseThrow().name(), request.details().strip(),
						clock.instant());
			}
			long bookingId = jdbc.queryForObject("""
					INSERT INTO booking (reference, work_order_id, source, starts_at, ends_at, window_starts_at, window_ends_at,
					                     location_lat, location_lon, status, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, reference, workOrderId,
					BookingSource.PORTAL.name(), Timestamp.from(slot.start().toInstant()), Timestamp.from(slot.end().toInstant()),
					from(placed.window()), to(placed.window()), address.lat(), address.lon(), BookingStatus.SCHEDULED.name(),
					Timestamp.from(clock.instant()), Timestamp.from(clock.instant()));
			for (Long technician : technicians) {
				jdbc.update("INSERT INTO booking_assignment (booking_id, technician_id) VALUES (?, ?)", bookingId, technician);
			}
			refuseASecondSameVisit(bookingId);
			return new Reserved(bookingId, slot.start().toInstant(), slot.end().toInstant(), placed.window(), false);
		}
		catch (DataIntegrityViolationException ex) {
			throw unavailableIfDoubleBooked(ex, request.startsAt());
		}
	}

	/**
	 * Moves a scheduled booking to another offered slot: the same checks as a new booking, without the booking itself,
	 * for the one who moves it. A customer moves only a booking of a service type on the portal, to a time or window
	 * the portal offers. The company moves to any start the engine offers; inside the window the customer was
	 * promised that promise holds, else the start's window of the service type (if any) is the new one.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Reserved move(long bookingId, Instant startsAt, List<String> newTechnicians, BookingSource mover) {
		VisitRequest request = visits.requestOf(bookingId);
		SlotQuery query = new SlotQuery(request.serviceType(), request.account(), request.asset(), clock.instant());
		Promise before = promise(bookingId);
		List<Long> technicians = lockTechnicians(newTechnicians, startsAt);
		Prepared prepared = slots.prepare(query, mover, bookingId);
		Placed placed = mover == BookingSource.PORTAL ? recheck(prepared, startsAt, newTechnicians)
				: before.keptOrNew(recheck(prepared.exact(), startsAt, newTechnicians), prepared.request());
		Slot slot = placed.slot();
		boolean promiseKept = mover != BookingSource.PORTAL && before.keptBy(placed);
		try {
			jdbc.update("DELETE FROM booking_assignment WHERE booking_id = ?", bookingId);
			jdbc.update("""
					UPDATE booking SET starts_at = ?, ends_at = ?, window_starts_at = ?, window_ends_at = ?,
					       updated_at = CASE WHEN ? THEN updated_at ELSE ? END, moved_at = ?
					 WHERE id = ?""", Timestamp.from(slot.start().toInstant()), Timestamp.from(slot.end().toInstant()),
					from(placed.window()), to(placed.window()), promiseKept, Timestamp.from(clock.instant()),
					Timestamp.from(clock.instant()), bookingId);
			for (Long technician : technicians) {
				jdbc.update("INSERT INTO booking_assignment (booking_id, technician_id) VALUES (?, ?)", bookingId, technician);
			}
		}
		catch (DataIntegrityViolationException ex) {
			throw unavailableIfDoubleBooked(ex, startsAt);
		}
		refuseASecondSameVisit(bookingId);
		return new Reserved(bookingId, slot.start().toInstant(), slot.end().toInstant(), placed.window(), promiseKept);
	}

	/**
	 * What the customer was promised for a booking before a move: its start, and its window (null: the exact time).
	 * {@code updated_at} is the time of the last change the customer is told about, so a move that keeps the promise
	 * leaves it as it is: messages already written about the promise stay current (see StaleMessages).
	 */
	private record Promise(Instant startsAt, PromisedWindow window) {

		/**
		 * The company's start keeps the promise when it is the booking's own start (a reassignment) or lies inside the
		 * promised window; else it is promised in the service type's window holding it, or at its exact time.
		 */
		Placed keptOrNew(Placed exact, SlotRequest request) {
			Instant start = exact.slot().start().toInstant();
			if (start.equals(startsAt) || (window != null && window.holds(start))) {
				return new Placed(exact.slot(), window);
			}
			return new Placed(exact.slot(), PromisedWindow.holding(request.arrivalWindows(), start, request.zone()).orElse(null));
		}

		boolean keptBy(Placed placed) {
			return Objects.equals(window, placed.window())
					&& (window != null || startsAt.equals(placed.slot().start().toInstant()));
		}

	}

	private Promise promise(long bookingId) {
		return jdbc.queryForObject("SELECT starts_at, window_starts_at, window_ends_at FROM booking WHERE id = ?",
				(rs, n) -> new Promise(rs.getTimestamp(1).toInstant(),
						PromisedWindow.read(rs, 2)), bookingId);
	}

	private static Timestamp from(PromisedWindow window) {
		return window == null ? null : Timestamp.from(window.from());
	}

	private static Timestamp to(PromisedWindow window) {
		return window == null ? null : Timestamp.from(window.to());
	}

	/** A held time claimed for a move: its start and crew. */
	record Claimed(Instant startsAt, List<String> technicians) {
	}

	/**
	 * Ends a hold ({@link TimeHolds}) to move a booking into its time, in the caller's transaction: the hold's
	 * technicians are locked first, as a reservation locks them, then the hold itself, which must still be held and
	 * not expired; then it is gone, and the caller's move finds the time free.
	 *
	 * @throws HeldTimeGoneException when it was released, taken or has expired
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Claimed claimHold(long holdId) {
		List<String> crew = List.copyOf(workforce.externalIds(
				jdbc.queryForList("SELECT technician_id FROM booking_assignment WHERE booking_id = ?", Long.class, holdId))
			.values());
		if (crew.isEmpty()) {
			throw new HeldTimeGoneException(holdId);
		}
		lockTechnicians(crew, clock.instant());
		Instant startsAt = jdbc.queryForList("""
				SELECT starts_at FROM booking WHERE id = ? AND source = 'HOLD' AND hold_expires_at > ? FOR UPDATE""",
				Timestamp.class, holdId, Timestamp.from(clock.instant()))
			.stream()
			.findFirst()
			.map(Timestamp::toInstant)
			.orElseThrow(() -> new HeldTimeGoneException(holdId));
		jdbc.update("DELETE FROM booking WHERE id = ?", holdId);
		return new Claimed(startsAt, crew);
	}

	/** One customer's same visit (account, site, service type) is never booked twice at once; the caller rolls back. */
	private void refuseASecondSameVisit(long bookingId) {
		ledger.sameVisitAtAnOverlappingTime(bookingId).ifPresent(existing -> {
			throw new VisitAlreadyBookedException(existing);
		});
	}

	/** The ledger's exclusion constraint (SQLSTATE 23P01) means the slot is gone; any other violation is a fault. */
	private static RuntimeException unavailableIfDoubleBooked(DataIntegrityViolationException ex, Instant startsAt) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
			return new SlotUnavailableException(startsAt, "a technician was booked at the same time");
		}
		return ex;
	}

	private List<Long> lockTechnicians(List<String> externalIds, Instant startsAt) {
		List<Long> locked = workforce.lockActive(externalIds);
		if (locked.size() != new HashSet<>(externalIds).size() || locked.isEmpty()) {
			throw new SlotUnavailableException(startsAt, "a chosen technician is no longer active");
		}
		return locked;
	}

	/**
	 * The engine's answer for exactly these technicians, on the data as it is now: at exactly this start, or, in a
	 * search of arrival windows, in the window that starts then (at the start the engine plans for them now, which
	 * may be another one inside the window than the one offered before).
	 */
	private static Placed recheck(Prepared prepared, Instant startsAt, List<String> chosen) {
		Set<String> wanted = Set.copyOf(chosen);
		List<Resource> crew = prepared.technicians().stream().filter(t -> wanted.contains(t.id())).toList();
		if (crew.size() != wanted.size()) {
			throw new SlotUnavailableException(startsAt, "a chosen technician no longer qualifies for this visit");
		}
		List<SlotDay> days = prepared.engine().search(prepared.request(), crew).days();
		Optional<Placed> placed = prepared.request().inArrivalWindows()
				? days.stream()
					.flatMap(day -> day.windows().stream())
					.filter(window -> window.start().toInstant().equals(startsAt)
							&& Set.copyOf(window.planned().technicians()).equals(wanted))
					.findFirst()
					.map(window -> new Placed(window.planned(),
							new PromisedWindow(window.start().toInstant(), window.end().toInstant())))
				: days.stream()
					.flatMap(day -> day.slots().stream())
					.filter(slot -> slot.start().toInstant().equals(startsAt) && Set.copyOf(slot.technicians()).equals(wanted))
					.findFirst()
					.map(slot -> new Placed(slot, null));
		return placed.orElseThrow(() -> new SlotUnavailableException(startsAt, "the technicians are no longer free then"));
	}

	/** Where the work is, for a contact of the active account. */
	private ServiceSite site(BookingRequest request) {
		ServiceSite site = sites.site(request.account(), request.asset())
			.filter(found -> sites.isContactOf(request.contactId(), found.accountId()))
			.orElseThrow(() -> new IllegalArgumentException("Contact " + request.contactId()
					+ " does not belong to active account " + request.account()));
		if (request.asset() != null && !site.hasAsset()) {
			throw new IllegalArgumentException("Account " + request.account() + " has no asset " + request.asset());
		}
		return site;
	}

	private long serviceTypeId(String externalId) {
		return jdbc.queryForList("SELECT id FROM service_type WHERE external_id = ?", Long.class, externalId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No service type " + externalId));
	}

}
