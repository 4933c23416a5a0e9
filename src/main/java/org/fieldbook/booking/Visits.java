package org.fieldbook.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.fieldbook.customer.AccountSummary;
import org.fieldbook.customer.Contacts;
import org.fieldbook.customer.ServiceSites;
import org.fieldbook.customer.ServiceSites.SiteReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings with their work orders, as the portal shows them and messages describe them. Visits are asked for by
 * the accounts they may belong to, so a customer never reaches another account's booking.
 */
@Service
public class Visits {

	private static final String VISITS = """
			SELECT b.id, b.reference, b.source, b.status, b.starts_at, b.ends_at, b.window_starts_at, b.window_ends_at,
			       b.updated_at, w.account_id, w.asset_id,
			       w.service_type_id, w.reported_by_contact_id, %s AS service_name, st.on_portal,
			       concat_ws(', ', w.address_line1, w.address_postal_code || ' ' || w.address_city) AS short_address,
			       concat_ws(', ', w.address_line1, w.address_line2, w.address_postal_code || ' ' || w.address_city) AS address
			  FROM booking b
			  LEFT JOIN work_order w ON w.id = b.work_order_id
			  LEFT JOIN service_type st ON st.id = w.service_type_id
			%s""".formatted(ServiceTypeCatalog.NAME_IN_LANGUAGE, ServiceTypeCatalog.JOIN_NAME_IN_LANGUAGE);

	private record Row(long id, String reference, BookingSource source, BookingStatus status, Instant startsAt,
			Instant endsAt, PromisedWindow window, Instant updatedAt, Long accountId, Long assetId, Long serviceTypeId, Long reportedBy,
			String serviceName, boolean onPortal, String shortAddress, String address) {

		static Row of(ResultSet rs, int n) throws SQLException {
			return new Row(rs.getLong("id"), rs.getString("reference"), BookingSource.valueOf(rs.getString("source")),
					BookingStatus.valueOf(rs.getString("status")), rs.getTimestamp("starts_at").toInstant(),
					rs.getTimestamp("ends_at").toInstant(),
					PromisedWindow.read(rs, "window_starts_at", "window_ends_at"),
					rs.getTimestamp("updated_at").toInstant(),
					rs.getObject("account_id", Long.class), rs.getObject("asset_id", Long.class),
					rs.getObject("service_type_id", Long.class), rs.getObject("reported_by_contact_id", Long.class),
					rs.getString("service_name"), rs.getBoolean("on_portal"), rs.getString("short_address"),
					rs.getString("address"));
		}

	}

	private final JdbcTemplate jdbc;

	private final Contacts contacts;

	private final ServiceSites sites;

	Visits(JdbcTemplate jdbc, Contacts contacts, ServiceSites sites) {
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.sites = sites;
	}

	/** The portal bookings of these accounts, latest first; their service type named in this language. */
	@Transactional(readOnly = true)
	public List<VisitView> ofAccounts(Collection<Long> accountIds, String language) {
		return views(jdbc.query(VISITS + " WHERE b.source = ? AND w.account_id = ANY(?) ORDER BY b.starts_at DESC",
				Row::of, language, BookingSource.PORTAL.name(), accountIds.toArray(Long[]::new)));
	}

	/** The booking with this reference, if it belongs to one of these accounts. */
	@Transactional(readOnly = true)
	public Optional<VisitView> byReference(String reference, Collection<Long> accountIds, String language) {
		return views(jdbc.query(VISITS + " WHERE b.reference = ? AND w.account_id = ANY(?)", Row::of, language, reference,
				accountIds.toArray(Long[]::new))).stream().findFirst();
	}

	/** A booking by id, for one that the caller was given access to otherwise (a link code). */
	@Transactional(readOnly = true)
	public Optional<VisitView> byId(long bookingId, String language) {
		return views(jdbc.query(VISITS + " WHERE b.id = ?", Row::of, language, bookingId)).stream().findFirst();
	}

	/** How many bookings there are, of every source and status. */
	@Transactional(readOnly = true)
	public long count() {
		return jdbc.queryForObject("SELECT count(*) FROM booking", Long.class);
	}

	/** The id of the booking with this reference. */
	@Transactional(readOnly = true)
	public Optional<Long> idOf(String reference) {
		return jdbc.queryForList("SELECT id FROM booking WHERE reference = ?", Long.class, reference).stream().findFirst();
	}

	/** The references of these bookings by id; a booking without one (an imported booking) is missing from the answer. */
	@Transactional(readOnly = true)
	public Map<Long, String> references(Collection<Long> bookingIds) {
		Map<Long, String> references = new HashMap<>();
		if (bookingIds.isEmpty()) {
			return references;
		}
		jdbc.query("SELECT id, reference FROM booking WHERE id = ANY(?) AND reference IS NOT NULL",
				(RowCallbackHandler) rs -> references.put(rs.getLong(1), rs.getString(2)), (Object) bookingIds.toArray(Long[]::new));
		return references;
	}

	/** The external ids the booking was made with, to search other times for it. */
	@Transactional(readOnly = true)
	public VisitRequest requestOf(long bookingId) {
		return jdbc.query("""
				SELECT st.external_id, w.account_id, w.asset_id
				  FROM booking b
				  JOIN work_order w ON w.id = b.work_order_id
				  JOIN service_type st ON st.id = w.service_type_id
				 WHERE b.id = ?""", (rs, n) -> {
			SiteReference site = sites.reference(rs.getLong(2), rs.getObject(3, Long.class)).orElseThrow();
			return new VisitRequest(rs.getString(1), site.account(), site.asset());
		}, bookingId).stream().findFirst().orElseThrow(() -> new BookingNotFoundException(String.valueOf(bookingId)));
	}

	/**
	 * What a message about the booking says, as it is now, with the service type's default portal name.
	 *
	 * @throws IllegalArgumentException when there is no such booking
	 */
	@Transactional(readOnly = true)
	public Appointment appointment(long bookingId) {
		return Optional.ofNullable(appointments(List.of(bookingId)).get(bookingId))
			.orElseThrow(() -> new IllegalArgumentException("No booking " + bookingId));
	}

	/** {@link #appointment(long)} of each of these bookings that exists, by id, in two queries. */
	@Transactional(readOnly = true)
	public Map<Long, Appointment> appointments(Collection<Long> bookingIds) {
		if (bookingIds.isEmpty()) {
			return Map.of();
		}
		List<Row> rows = jdbc.query(VISITS + " WHERE b.id = ANY(?)", Row::of, ServiceTypeAdministration.DEFAULT_LANGUAGE,
				bookingIds.toArray(Long[]::new));
		Map<Long, AccountSummary> accounts = contacts
			.accounts(rows.stream().map(Row::accountId).filter(Objects::nonNull).distinct().toList());
		Map<Long, Appointment> appointments = new HashMap<>();
		for (Row row : rows) {
			ZoneId zone = row.accountId() == null || !accounts.containsKey(row.accountId()) ? ZoneOffset.UTC
					: accounts.get(row.accountId()).zone();
			appointments.put(row.id(), new Appointment(row.id(), row.reference(), row.source(), row.status(),
					row.startsAt(), row.endsAt(), row.window(), row.updatedAt(), zone, row.address(), row.serviceName(),
					row.accountId(), row.serviceTypeId(), row.reportedBy()));
		}
		return appointments;
	}

	/** Visits are of an account: a booking without a work order (an imported one) is none a customer sees. */
	private List<VisitView> views(List<Row> all) {
		List<Row> rows = all.stream().filter(row -> row.accountId() != null).toList();
		Map<Long, AccountSummary> accounts = contacts
			.accounts(rows.stream().map(Row::accountId).filter(Objects::nonNull).distinct().toList());
		Map<Long, String> assets = contacts.assetNames(rows.stream().map(Row::assetId).filter(Objects::nonNull).distinct().toList());
		return rows.stream().map(row -> {
			AccountSummary account = accounts.get(row.accountId());
			return new VisitView(row.id(), row.reference(), row.startsAt(), row.endsAt(), row.window(), account.zone(),
					row.status(),
					row.serviceName(), row.onPortal(), row.assetId() == null ? null : assets.get(row.assetId()),
					row.shortAddress(), account.name());
		}).toList();
	}

}
