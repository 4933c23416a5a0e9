package org.fieldbook.booking;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fieldbook.booking.SlotSearchService.Prepared;
import org.fieldbook.scheduling.Resource;
import org.fieldbook.scheduling.Slot;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a slot for good, in the caller's transaction: locks the chosen technicians (in id order, so two bookings
 * never wait on each other), asks the slot engine again on the data as it is now, and only then writes the
 * ledger. The exclusion constraint of the ledger is the last guard.
 */
@Service
class SlotReservation {

	/** What was written: the booking and its work order. */
	record Reserved(long bookingId, long workOrderId, Instant startsAt, Instant endsAt) {
	}

	private final JdbcTemplate jdbc;

	private final SlotSearchService slots;

	private final Clock clock;

	SlotReservation(JdbcTemplate jdbc, SlotSearchService slots, Clock clock) {
		this.jdbc = jdbc;
		this.slots = slots;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Reserved reserve(BookingRequest request, String reference) {
		WorkSite site = site(request);
		List<Long> technicians = lockTechnicians(request.technicians(), request.startsAt());
		Slot slot = recheck(new SlotQuery(request.serviceType(), request.account(), request.asset(), clock.instant()),
				request.startsAt(), request.technicians(), null);
		try {
			long workOrderId = jdbc.queryForObject("""
					INSERT INTO work_order (account_id, reported_by_contact_id, service_type_id, asset_id, address_line1,
					       address_line2, address_city, address_postal_code, address_country, address_lat, address_lon, status)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED') RETURNING id""", Long.class, site.accountId(),
					request.contactId(), site.serviceTypeId(), site.assetId(), site.line1(), site.line2(), site.city(),
					site.postalCode(), site.country(), site.lat(), site.lon());
			if (request.details() != null && !request.details().isBlank()) {
				jdbc.update("INSERT INTO work_order_note (work_order_id, author, body) VALUES (?, ?, ?)", workOrderId,
						site.contactName(), request.details().strip());
			}
			long bookingId = jdbc.queryForObject("""
					INSERT INTO booking (reference, work_order_id, source, starts_at, ends_at, location_lat, location_lon, status,
					                     updated_at)
					VALUES (?, ?, 'PORTAL', ?, ?, ?, ?, 'SCHEDULED', ?) RETURNING id""", Long.class, reference, workOrderId,
					Timestamp.from(slot.start().toInstant()), Timestamp.from(slot.end().toInstant()), site.lat(), site.lon(),
					Timestamp.from(clock.instant()));
			for (Long technician : technicians) {
				jdbc.update("INSERT INTO booking_assignment (booking_id, technician_id) VALUES (?, ?)", bookingId, technician);
			}
			return new Reserved(bookingId, workOrderId, slot.start().toInstant(), slot.end().toInstant());
		}
		catch (DataIntegrityViolationException ex) {
			throw unavailableIfDoubleBooked(ex, request.startsAt());
		}
	}

	/** Moves a scheduled booking to another offered slot: the same checks as a new booking, without the booking itself. */
	@Transactional(propagation = Propagation.MANDATORY)
	Reserved move(long bookingId, Instant startsAt, List<String> newTechnicians) {
		SlotQuery query = jdbc.queryForObject("""
				SELECT st.external_id AS service_type, a.external_id AS account, ca.external_id AS asset
				  FROM booking b
				  JOIN work_order w ON w.id = b.work_order_id
				  JOIN service_type st ON st.id = w.service_type_id
				  JOIN account a ON a.id = w.account_id
				  LEFT JOIN customer_asset ca ON ca.id = w.asset_id
				 WHERE b.id = ?""", (rs, n) -> new SlotQuery(rs.getString("service_type"), rs.getString("account"),
				rs.getString("asset"), clock.instant()), bookingId);
		List<Long> technicians = lockTechnicians(newTechnicians, startsAt);
		Slot slot = recheck(query, startsAt, newTechnicians, bookingId);
		try {
			jdbc.update("DELETE FROM booking_assignment WHERE booking_id = ?", bookingId);
			jdbc.update("UPDATE booking SET starts_at = ?, ends_at = ?, updated_at = ? WHERE id = ?",
					Timestamp.from(slot.start().toInstant()), Timestamp.from(slot.end().toInstant()),
					Timestamp.from(clock.instant()), bookingId);
			for (Long technician : technicians) {
				jdbc.update("INSERT INTO booking_assignment (booking_id, technician_id) VALUES (?, ?)", bookingId, technician);
			}
		}
		catch (DataIntegrityViolationException ex) {
			throw unavailableIfDoubleBooked(ex, startsAt);
		}
		Long workOrderId = jdbc.queryForObject("SELECT work_order_id FROM booking WHERE id = ?", Long.class, bookingId);
		return new Reserved(bookingId, workOrderId, slot.start().toInstant(), slot.end().toInstant());
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
		List<Long> locked = jdbc.queryForList(
				"SELECT id FROM technician WHERE external_id = ANY(?) AND active ORDER BY id FOR UPDATE", Long.class,
				(Object) externalIds.toArray(String[]::new));
		if (locked.size() != new HashSet<>(externalIds).size() || locked.isEmpty()) {
			throw new SlotUnavailableException(startsAt, "a chosen technician is no longer active");
		}
		return locked;
	}

	/** The engine's answer for exactly these technicians at exactly this start, on the data as it is now. */
	private Slot recheck(SlotQuery query, Instant startsAt, List<String> chosen, Long movingBookingId) {
		Prepared prepared = slots.prepare(query, movingBookingId);
		Set<String> wanted = Set.copyOf(chosen);
		List<Resource> crew = prepared.technicians().stream().filter(t -> wanted.contains(t.id())).toList();
		if (crew.size() != wanted.size()) {
			throw new SlotUnavailableException(startsAt, "a chosen technician no longer qualifies for this visit");
		}
		return prepared.engine()
			.search(prepared.request(), crew)
			.days()
			.stream()
			.flatMap(day -> day.slots().stream())
			.filter(slot -> slot.start().toInstant().equals(startsAt) && Set.copyOf(slot.technicians()).equals(wanted))
			.findFirst()
			.orElseThrow(() -> new SlotUnavailableException(startsAt, "the technicians are no longer free then"));
	}

	private record WorkSite(long accountId, long serviceTypeId, Long assetId, String contactName, String line1,
			String line2, String city, String postalCode, String country, double lat, double lon) {
	}

	/** Where the work is: the asset's functional location when it has one, else the account's address. */
	private WorkSite site(BookingRequest request) {
		List<WorkSite> sites = jdbc.query("""
				SELECT a.id AS account_id, st.id AS service_type_id, ca.id AS asset_id,
				       trim(c.first_name || ' ' || c.last_name) AS contact_name,
				       CASE WHEN fl.id IS NULL THEN a.address_line1 ELSE fl.address_line1 END AS line1,
				       CASE WHEN fl.id IS NULL THEN a.address_line2 ELSE fl.address_line2 END AS line2,
				       CASE WHEN fl.id IS NULL THEN a.address_city ELSE fl.address_city END AS city,
				       CASE WHEN fl.id IS NULL THEN a.address_postal_code ELSE fl.address_postal_code END AS postal_code,
				       CASE WHEN fl.id IS NULL THEN a.address_country ELSE fl.address_country END AS country,
				       CASE WHEN fl.id IS NULL THEN a.address_lat ELSE fl.address_lat END AS lat,
				       CASE WHEN fl.id IS NULL THEN a.address_lon ELSE fl.address_lon END AS lon
				  FROM account a
				  JOIN account_contact ac ON ac.account_id = a.id AND ac.contact_id = ?
				  JOIN contact c ON c.id = ac.contact_id
				  JOIN service_type st ON st.external_id = ?
				  LEFT JOIN customer_asset ca ON ca.account_id = a.id AND ca.external_id = ?
				  LEFT JOIN functional_location fl ON fl.id = ca.functional_location_id
				 WHERE a.external_id = ? AND a.active""",
				(rs, n) -> new WorkSite(rs.getLong("account_id"), rs.getLong("service_type_id"),
						rs.getObject("asset_id", Long.class), rs.getString("contact_name"), rs.getString("line1"),
						rs.getString("line2"), rs.getString("city"), rs.getString("postal_code"), rs.getString("country"),
						rs.getDouble("lat"), rs.getDouble("lon")),
				request.contactId(), request.serviceType(), request.asset(), request.account());
		if (sites.isEmpty()) {
			throw new IllegalArgumentException("Contact " + request.contactId() + " does not belong to active account "
					+ request.account());
		}
		WorkSite site = sites.get(0);
		if (request.asset() != null && site.assetId() == null) {
			throw new IllegalArgumentException("Account " + request.account() + " has no asset " + request.asset());
		}
		return site;
	}

}
