package org.fieldbook.waitlist;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.VisitView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Tell me if an earlier time frees up": which scheduled visits wait for an earlier time. A customer may ask for a
 * visit that they may still move online, and withdraw it at any time.
 */
@Service
public class EarlierTimeRequests {

	/** The reasons of {@link EarlierTimeRefusedException}, message keys of the portal. */
	public static final String NOT_MOVABLE = "earlier.refused.notMovable";

	public static final String NOT_BEFORE_TOO_LATE = "earlier.refused.notBeforeTooLate";

	private static final String COLUMNS = "booking_id, not_before, requested_at";

	private final JdbcTemplate jdbc;

	private final BookingService bookings;

	private final Clock clock;

	EarlierTimeRequests(JdbcTemplate jdbc, BookingService bookings, Clock clock) {
		this.jdbc = jdbc;
		this.bookings = bookings;
		this.clock = clock;
	}

	/**
	 * The visit waits for an earlier time from now on, not before {@code notBefore} (null: any); asking again changes
	 * the date and keeps the visit's place in the order of waiting.
	 *
	 * @throws EarlierTimeRefusedException when the customer may no longer move the visit online, or when no time
	 *                                     before the visit's date can lie on or after {@code notBefore}
	 */
	@Transactional
	public EarlierTimeRequest ask(VisitView visit, LocalDate notBefore) {
		if (!bookings.customerMayMove(visit)) {
			throw new EarlierTimeRefusedException(visit.bookingId(), NOT_MOVABLE);
		}
		if (notBefore != null && !notBefore.isBefore(visit.promisedStart().atZone(visit.zone()).toLocalDate())) {
			throw new EarlierTimeRefusedException(visit.bookingId(), NOT_BEFORE_TOO_LATE);
		}
		jdbc.update("""
				INSERT INTO earlier_time_request (booking_id, not_before, requested_at) VALUES (?, ?, ?)
				ON CONFLICT (booking_id) DO UPDATE SET not_before = EXCLUDED.not_before""", visit.bookingId(),
				notBefore == null ? null : Date.valueOf(notBefore), Timestamp.from(clock.instant()));
		return request(visit.bookingId()).orElseThrow();
	}

	/** The visit waits no more; true when it did. */
	@Transactional
	public boolean withdraw(long bookingId) {
		return jdbc.update("DELETE FROM earlier_time_request WHERE booking_id = ?", bookingId) > 0;
	}

	/** Whether any visit waits for an earlier time. */
	@Transactional(readOnly = true)
	public boolean anyWaiting() {
		return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM earlier_time_request)", Boolean.class));
	}

	@Transactional(readOnly = true)
	public Optional<EarlierTimeRequest> request(long bookingId) {
		return waiting(List.of(bookingId)).values().stream().findFirst();
	}

	/** Which of these bookings wait for an earlier time, by booking id. */
	@Transactional(readOnly = true)
	public Map<Long, EarlierTimeRequest> waiting(Collection<Long> bookingIds) {
		Map<Long, EarlierTimeRequest> waiting = new HashMap<>();
		if (bookingIds.isEmpty()) {
			return waiting;
		}
		jdbc.query("SELECT " + COLUMNS + " FROM earlier_time_request WHERE booking_id = ANY(?)",
				(RowCallbackHandler) rs -> waiting.put(rs.getLong(1), request(rs)), (Object) bookingIds.toArray(Long[]::new));
		return waiting;
	}

	/** Every visit waiting, in the order freed times are offered: the longest waiting first (by when they asked, then id). */
	@Transactional(readOnly = true)
	public List<EarlierTimeRequest> inOrder() {
		return jdbc.query("SELECT " + COLUMNS + " FROM earlier_time_request ORDER BY requested_at, booking_id",
				(rs, n) -> request(rs));
	}

	private static EarlierTimeRequest request(ResultSet rs) throws SQLException {
		Date notBefore = rs.getDate(2);
		return new EarlierTimeRequest(rs.getLong(1), notBefore == null ? null : notBefore.toLocalDate(),
				rs.getTimestamp(3).toInstant());
	}

}
