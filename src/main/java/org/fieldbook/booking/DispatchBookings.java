package org.fieldbook.booking;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.fieldbook.scheduling.GeoPoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings as dispatchers see them: every source and status, by technician and time, with their work orders. Each
 * answer is a fixed number of queries, however many bookings it holds; names of accounts and technicians are the
 * caller's to ask their owners for, by the ids given here.
 */
@Service
public class DispatchBookings {

	public static final int PAGE_SIZE = 50;

	/**
	 * An active booking held by one technician.
	 *
	 * @param reference the portal reference, or null for an imported booking or a hold (then {@code externalId} names it)
	 * @param window    the arrival window the customer is promised; null: the exact time
	 * @param hold      for a time held for an earlier-time offer, the visit it is offered to; else null
	 */
	public record HeldVisit(long technicianId, long bookingId, String reference, String externalId, BookingStatus status,
			Instant startsAt, Instant endsAt, PromisedWindow window, GeoPoint location, String serviceType, Long accountId,
			Hold hold) {
	}

	/** A time held for a waiting visit's earlier-time offer: the visit's reference, and when the offer expires. */
	public record Hold(String heldFor, Instant expiresAt) {
	}

	/** A booking in a search result; {@code technicianIds} are the ones it holds. */
	public record Found(long bookingId, String reference, String externalId, BookingSource source, BookingStatus status,
			Instant startsAt, Instant endsAt, String serviceType, Long accountId, List<Long> technicianIds) {
	}

	/** One page of a search; {@code page} counts from 1. */
	public record Page(List<Found> items, int page, int pages, long total) {
	}

	/**
	 * What to search for; every part is optional (null).
	 *
	 * @param technicianIds bookings that hold one of these technicians; an empty list finds nothing
	 * @param from          bookings ending after this instant
	 * @param to            bookings starting before this instant
	 */
	public record Search(Collection<Long> technicianIds, Instant from, Instant to, BookingStatus status, String reference,
			Long accountId) {
	}

	/** A note on a work order's timeline: what the customer added when booking, and what staff did. */
	public record Note(String author, String body, Instant createdAt) {
	}

	/**
	 * A booking with its work order, for the booking page.
	 *
	 * @param window  the arrival window the customer is promised; null: the exact time
	 * @param version changes with the booking's status, time or technicians, and with any change at another instant:
	 *                a form shown before such a change is out of date
	 */
	public record Detail(long bookingId, String reference, BookingSource source, BookingStatus status, Instant startsAt,
			Instant endsAt, PromisedWindow window, long version, String serviceType, String serviceTypeExternalId, boolean serviceTypeOnPortal,
			WorkOrderStatus workOrderStatus, Long accountId, Long assetId, Long reportedByContactId, String address,
			List<Long> technicianIds, List<Note> notes) {

		public boolean isScheduled() {
			return status == BookingStatus.SCHEDULED;
		}

		public boolean isOpen() {
			return status.isOpen();
		}

	}

	private final JdbcTemplate jdbc;

	DispatchBookings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The active bookings of these technicians overlapping from–to, by technician and start. */
	@Transactional(readOnly = true)
	public List<HeldVisit> heldBy(Collection<Long> technicianIds, Instant from, Instant to) {
		if (technicianIds.isEmpty()) {
			return List.of();
		}
		return jdbc.query("""
				SELECT ba.technician_id, b.id, b.reference, b.external_id, b.status, b.starts_at, b.ends_at, b.location_lat,
				       b.location_lon, coalesce(st.portal_name, st.name) AS service_name, w.account_id, b.window_starts_at,
				       b.window_ends_at, waiting.reference, b.hold_expires_at
				  FROM booking_assignment ba
				  JOIN booking b ON b.id = ba.booking_id
				  LEFT JOIN booking waiting ON waiting.id = b.hold_for
				  LEFT JOIN work_order w ON w.id = b.work_order_id
				  LEFT JOIN service_type st ON st.id = w.service_type_id
				 WHERE ba.active AND ba.technician_id = ANY(?) AND ba.period && tstzrange(?, ?)
				 ORDER BY ba.technician_id, b.starts_at, b.id""", ps -> {
			ps.setArray(1, ps.getConnection().createArrayOf("bigint", technicianIds.toArray(Long[]::new)));
			ps.setObject(2, from.atOffset(ZoneOffset.UTC));
			ps.setObject(3, to.atOffset(ZoneOffset.UTC));
		}, (rs, n) -> new HeldVisit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				BookingStatus.valueOf(rs.getString(5)), instant(rs, 6), instant(rs, 7), PromisedWindow.read(rs, 12),
				new GeoPoint(rs.getDouble(8), rs.getDouble(9)), rs.getString(10), rs.getObject(11, Long.class),
				rs.getTimestamp(15) == null ? null : new Hold(rs.getString(14), instant(rs, 15))));
	}

	/** Bookings matching the search, by start (then id), 50 a page. */
	@Transactional(readOnly = true)
	public Page search(Search search, int page) {
		List<String> conditions = new ArrayList<>(List.of("TRUE"));
		List<Object> params = new ArrayList<>();
		if (search.technicianIds() != null) {
			conditions.add("EXISTS (SELECT 1 FROM booking_assignment q WHERE q.booking_id = b.id AND q.technician_id = ANY(?))");
			params.add(search.technicianIds().toArray(Long[]::new));
		}
		where(conditions, params, "b.ends_at > ?", search.from() == null ? null : Timestamp.from(search.from()));
		where(conditions, params, "b.starts_at < ?", search.to() == null ? null : Timestamp.from(search.to()));
		where(conditions, params, "b.status = ?", search.status() == null ? null : search.status().name());
		where(conditions, params, "b.reference = ?", search.reference());
		where(conditions, params, "w.account_id = ?", search.accountId());
		String from = " FROM booking b LEFT JOIN work_order w ON w.id = b.work_order_id WHERE " + String.join(" AND ", conditions);
		long total = jdbc.queryForObject("SELECT count(*)" + from, Long.class, params.toArray());
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(page, 1), pages);
		List<Object> paging = new ArrayList<>(params);
		paging.add(PAGE_SIZE);
		paging.add((long) (shown - 1) * PAGE_SIZE);
		List<Found> items = jdbc.query("""
				SELECT b.id, b.reference, b.external_id, b.source, b.status, b.starts_at, b.ends_at,
				       (SELECT coalesce(st.portal_name, st.name) FROM service_type st WHERE st.id = w.service_type_id) AS service_name,
				       w.account_id,
				       ARRAY(SELECT ba.technician_id FROM booking_assignment ba WHERE ba.booking_id = b.id ORDER BY ba.technician_id)
				""" + from + " ORDER BY b.starts_at, b.id LIMIT ? OFFSET ?",
				(rs, n) -> new Found(rs.getLong(1), rs.getString(2), rs.getString(3), BookingSource.valueOf(rs.getString(4)),
						BookingStatus.valueOf(rs.getString(5)), instant(rs, 6), instant(rs, 7), rs.getString(8),
						rs.getObject(9, Long.class), ids(rs.getArray(10))),
				paging.toArray());
		return new Page(items, shown, pages, total);
	}

	/**
	 * The booking with this portal reference, with its work order and timeline.
	 *
	 * @throws BookingNotFoundException when there is none
	 */
	@Transactional(readOnly = true)
	public Detail detail(String reference) {
		return jdbc.query("""
				SELECT b.id, b.reference, b.source, b.status, b.starts_at, b.ends_at, b.updated_at, coalesce(st.portal_name, st.name),
				       st.external_id, coalesce(st.on_portal, false), w.status, w.account_id, w.asset_id, w.reported_by_contact_id,
				       concat_ws(', ', w.address_line1, w.address_line2, w.address_postal_code || ' ' || w.address_city),
				       ARRAY(SELECT ba.technician_id FROM booking_assignment ba WHERE ba.booking_id = b.id ORDER BY ba.technician_id),
				       w.id, b.window_starts_at, b.window_ends_at
				  FROM booking b
				  LEFT JOIN work_order w ON w.id = b.work_order_id
				  LEFT JOIN service_type st ON st.id = w.service_type_id
				 WHERE b.reference = ?""", (rs, n) -> {
			Long workOrderId = rs.getObject(17, Long.class);
			BookingStatus status = BookingStatus.valueOf(rs.getString(4));
			List<Long> technicians = ids(rs.getArray(16));
			PromisedWindow window = PromisedWindow.read(rs, 18);
			long version = Objects.hash(status, instant(rs, 5), instant(rs, 6), instant(rs, 7), window, technicians);
			return new Detail(rs.getLong(1), rs.getString(2), BookingSource.valueOf(rs.getString(3)), status,
					instant(rs, 5), instant(rs, 6), window, version,
					rs.getString(8), rs.getString(9), rs.getBoolean(10),
					rs.getString(11) == null ? null : WorkOrderStatus.valueOf(rs.getString(11)), rs.getObject(12, Long.class),
					rs.getObject(13, Long.class), rs.getObject(14, Long.class), rs.getString(15), technicians,
					notes(workOrderId));
		}, reference).stream().findFirst().orElseThrow(() -> new BookingNotFoundException(reference));
	}

	private List<Note> notes(Long workOrderId) {
		if (workOrderId == null) {
			return List.of();
		}
		return jdbc.query("SELECT author, body, created_at FROM work_order_note WHERE work_order_id = ? ORDER BY created_at, id",
				(rs, n) -> new Note(rs.getString(1), rs.getString(2), instant(rs, 3)), workOrderId);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static List<Long> ids(Array array) throws SQLException {
		return List.of((Long[]) array.getArray());
	}

	private static void where(List<String> conditions, List<Object> params, String condition, Object value) {
		if (value != null) {
			conditions.add(condition);
			params.add(value);
		}
	}

}
