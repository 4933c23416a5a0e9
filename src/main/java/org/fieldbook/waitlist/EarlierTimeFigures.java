package org.fieldbook.waitlist;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fieldbook.booking.Appointment;
import org.fieldbook.booking.Visits;
import org.fieldbook.waitlist.EarlierTimeOffer.State;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the back office shows of earlier times: who waits, what was offered, and what the customers gained. */
@Service
public class EarlierTimeFigures {

	/** The period the back office's figures look back over, in days. */
	public static final int RECENT_DAYS = 30;

	/**
	 * A visit waiting for an earlier time.
	 *
	 * @param day       the date the visit is promised for now, on its account's clock
	 * @param accountId null for a booking without a work order
	 */
	public record WaitingVisit(long bookingId, String reference, Long accountId, LocalDate day) {
	}

	/** The offers made in a period, by what became of them; {@code open} ones still wait for their answer. */
	public record OfferCounts(long made, long open, long taken, long declined, long expired, long withdrawn) {
	}

	/**
	 * Offers taken in a period: the visits brought forward and the days they gained together, each the calendar days
	 * from the offered date to the visit's former date on the account's clock (an earlier hour of the same day gains 0).
	 */
	public record BroughtForward(long visits, long daysGained) {
	}

	/** An offer with its visit's reference and clock, as a list of offers shows it. */
	public record OfferLine(EarlierTimeOffer offer, String reference, ZoneId zone) {

		public ZonedDateTime offeredStart() {
			return offer.offeredStartsAt().atZone(zone);
		}

		public ZonedDateTime previousStart() {
			return offer.previousStartsAt().atZone(zone);
		}

	}

	private final JdbcTemplate jdbc;

	private final Visits visits;

	private final EarlierTimeRequests requests;

	EarlierTimeFigures(JdbcTemplate jdbc, Visits visits, EarlierTimeRequests requests) {
		this.jdbc = jdbc;
		this.visits = visits;
		this.requests = requests;
	}

	/** Every visit waiting for an earlier time, in the order the freed times are offered (the longest waiting first). */
	@Transactional(readOnly = true)
	public List<WaitingVisit> waiting() {
		List<EarlierTimeRequest> waiting = requests.inOrder();
		Map<Long, Appointment> appointments = visits.appointments(waiting.stream().map(EarlierTimeRequest::bookingId).toList());
		return waiting.stream()
			.map(request -> appointments.get(request.bookingId()))
			.filter(Objects::nonNull)
			.map(visit -> new WaitingVisit(visit.id(), visit.reference(), visit.accountId(),
					visit.promisedStart().atZone(visit.zone()).toLocalDate()))
			.toList();
	}

	/** The offers made from that moment on, by state. */
	@Transactional(readOnly = true)
	public OfferCounts offersSince(Instant from) {
		Map<State, Long> counts = new EnumMap<>(State.class);
		jdbc.query("SELECT state, count(*) FROM earlier_time_offer WHERE created_at >= ? GROUP BY state",
				(RowCallbackHandler) rs -> counts.put(State.valueOf(rs.getString(1)), rs.getLong(2)), Timestamp.from(from));
		return new OfferCounts(counts.values().stream().mapToLong(Long::longValue).sum(),
				counts.getOrDefault(State.OFFERED, 0L), counts.getOrDefault(State.TAKEN, 0L),
				counts.getOrDefault(State.DECLINED, 0L), counts.getOrDefault(State.EXPIRED, 0L),
				counts.getOrDefault(State.WITHDRAWN, 0L));
	}

	/** The offers taken from that moment on (by when they were taken), and the days they gained. */
	@Transactional(readOnly = true)
	public BroughtForward broughtForwardSince(Instant from) {
		record Taken(long bookingId, Instant offered, Instant previous) {
		}
		List<Taken> taken = jdbc.query("""
				SELECT booking_id, offered_starts_at, previous_starts_at FROM earlier_time_offer
				 WHERE state = 'TAKEN' AND answered_at >= ?""",
				(rs, n) -> new Taken(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()),
				Timestamp.from(from));
		Map<Long, Appointment> appointments = visits.appointments(taken.stream().map(Taken::bookingId).distinct().toList());
		long days = taken.stream().mapToLong(offer -> {
			Appointment visit = appointments.get(offer.bookingId());
			ZoneId zone = visit == null ? ZoneOffset.UTC : visit.zone();
			return ChronoUnit.DAYS.between(offer.offered().atZone(zone).toLocalDate(),
					offer.previous().atZone(zone).toLocalDate());
		}).sum();
		return new BroughtForward(taken.size(), days);
	}

	/** The latest offers, the newest first. */
	@Transactional(readOnly = true)
	public List<OfferLine> latestOffers(int limit) {
		List<EarlierTimeOffer> offers = jdbc.query(
				"SELECT " + EarlierTimeOffers.OFFER_COLUMNS + " FROM earlier_time_offer ORDER BY created_at DESC, id DESC LIMIT ?",
				EarlierTimeOffers::offer, limit);
		Map<Long, Appointment> appointments = visits
			.appointments(offers.stream().map(EarlierTimeOffer::bookingId).distinct().toList());
		return offers.stream().map(offer -> {
			Appointment visit = appointments.get(offer.bookingId());
			return new OfferLine(offer, visit == null ? null : visit.reference(), visit == null ? ZoneOffset.UTC : visit.zone());
		}).toList();
	}

}
