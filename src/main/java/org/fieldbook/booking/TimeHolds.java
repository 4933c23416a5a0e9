package org.fieldbook.booking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fieldbook.booking.SlotSearchService.Prepared;
import org.fieldbook.customer.ServiceSite;
import org.fieldbook.customer.ServiceSites;
import org.fieldbook.scheduling.Resource;
import org.fieldbook.workforce.Workforce;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freed times held in the ledger for one customer at a time: a hold is a booking of its own ({@link BookingSource#HOLD})
 * whose ledger rows block its technicians for every search and reservation. A hold is only written when the freed
 * time fits the waiting visit by all of the slot rules, checked by the engine under the technicians' locks.
 */
@Service
public class TimeHolds {

	private final JdbcTemplate jdbc;

	private final SlotSearchService slots;

	private final Visits visits;

	private final BookingService bookings;

	private final Workforce workforce;

	private final ServiceSites sites;

	private final Clock clock;

	TimeHolds(JdbcTemplate jdbc, SlotSearchService slots, Visits visits, BookingService bookings, Workforce workforce,
			ServiceSites sites, Clock clock) {
		this.sites = sites;
		this.jdbc = jdbc;
		this.slots = slots;
		this.visits = visits;
		this.bookings = bookings;
		this.workforce = workforce;
		this.clock = clock;
	}

	/**
	 * Whether the freed time could be offered to this visit now: the visit is scheduled and the customer may still move
	 * it online, it is of the same service type, the freed time starts before the time promised, and the engine offers
	 * the freed start with its crew for the visit's site (the visit's own time left out).
	 */
	@Transactional(readOnly = true)
	public boolean fits(FreedTime freed, long waitingBookingId) {
		return fits(freed, waitingBookingId, null);
	}

	/** As {@link #fits(FreedTime, long)}, with the hold {@code passing} (null: none) left out as if released. */
	private boolean fits(FreedTime freed, long waitingBookingId, Long passing) {
		Optional<VisitView> visit = visits.byId(waitingBookingId, ServiceTypeAdministration.DEFAULT_LANGUAGE);
		if (visit.isEmpty() || !bookings.customerMayMove(visit.get())
				|| !freed.startsAt().isBefore(visit.get().promisedStart())) {
			return false;
		}
		VisitRequest request = visits.requestOf(waitingBookingId);
		if (!request.serviceType().equals(freed.serviceType())) {
			return false;
		}
		Prepared prepared = slots
			.prepareLeavingOut(new SlotQuery(request.serviceType(), request.account(), request.asset(), clock.instant()),
					BookingSource.PORTAL, passing == null ? List.of(waitingBookingId) : List.of(waitingBookingId, passing))
			.exact();
		Set<String> wanted = Set.copyOf(freed.technicians());
		List<Resource> crew = prepared.technicians().stream().filter(t -> wanted.contains(t.id())).toList();
		return crew.size() == wanted.size() && prepared.engine()
			.search(prepared.request(), crew)
			.days()
			.stream()
			.flatMap(day -> day.slots().stream())
			.anyMatch(slot -> slot.start().toInstant().equals(freed.startsAt()) && Set.copyOf(slot.technicians()).equals(wanted));
	}

	/**
	 * Holds the freed time for this visit until {@code expiresAt}, giving up the hold {@code replacing} (null: none) in
	 * the same transaction, under the technicians' locks. Empty when the time does not fit the visit: then nothing
	 * changes, and a replaced hold stays as it was.
	 */
	@Transactional
	public Optional<HeldTime> hold(FreedTime freed, long waitingBookingId, Instant expiresAt, Long replacing) {
		List<Long> technicians = workforce.lockActive(freed.technicians());
		if (technicians.size() != Set.copyOf(freed.technicians()).size() || !fits(freed, waitingBookingId, replacing)) {
			return Optional.empty();
		}
		if (replacing != null) {
			release(replacing);
		}
		VisitRequest request = visits.requestOf(waitingBookingId);
		ServiceSite site = sites.site(request.account(), request.asset()).orElseThrow();
		long holdId = jdbc.queryForObject("""
				INSERT INTO booking (external_id, source, starts_at, ends_at, location_lat, location_lon, status, created_at,
				                     updated_at, hold_for, hold_expires_at)
				VALUES (?, 'HOLD', ?, ?, ?, ?, 'SCHEDULED', ?, ?, ?, ?) RETURNING id""", Long.class,
				"hold-" + UUID.randomUUID(), Timestamp.from(freed.startsAt()),
				Timestamp.from(freed.endsAt()), site.location().lat(), site.location().lon(), Timestamp.from(clock.instant()),
				Timestamp.from(clock.instant()), waitingBookingId, Timestamp.from(expiresAt));
		for (Long technician : technicians) {
			jdbc.update("INSERT INTO booking_assignment (booking_id, technician_id) VALUES (?, ?)", holdId, technician);
		}
		return Optional.of(new HeldTime(holdId, waitingBookingId, freed.startsAt(), freed.endsAt(), freed.technicians(),
				expiresAt));
	}

	/** The time held for this visit now, if any: what an offer's message names. */
	@Transactional(readOnly = true)
	public Optional<HeldTime> heldFor(long bookingId) {
		return jdbc.query("""
				SELECT id, starts_at, ends_at, hold_expires_at FROM booking
				 WHERE source = 'HOLD' AND hold_for = ? ORDER BY id DESC LIMIT 1""", (rs, n) -> {
			long holdId = rs.getLong(1);
			List<String> crew = List.copyOf(workforce.externalIds(jdbc.queryForList(
					"SELECT technician_id FROM booking_assignment WHERE booking_id = ?", Long.class, holdId)).values());
			return new HeldTime(holdId, bookingId, rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(), crew,
					rs.getTimestamp(4).toInstant());
		}, bookingId).stream().findFirst();
	}

	/** Gives up a hold: its time is bookable again. True when it was still held. */
	@Transactional
	public boolean release(long holdId) {
		return jdbc.update("DELETE FROM booking WHERE id = ? AND source = 'HOLD'", holdId) > 0;
	}

}
