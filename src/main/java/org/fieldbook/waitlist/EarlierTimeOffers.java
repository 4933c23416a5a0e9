package org.fieldbook.waitlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.fieldbook.booking.Appointment;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.FreedTime;
import org.fieldbook.booking.HeldTime;
import org.fieldbook.booking.HeldTimeGoneException;
import org.fieldbook.booking.TimeHolds;
import org.fieldbook.booking.VisitView;
import org.fieldbook.booking.Visits;
import org.fieldbook.settings.MessagingExclusions;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.waitlist.EarlierTimeOffer.State;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers a freed time to the waiting visits one at a time ({@code earlier-time-offer.bpmn}): the longest waiting
 * first, each only if the time fits it by all of the slot rules; the time is held for the one offered until it is
 * taken, declined, withdrawn or its offer expires.
 */
@Service
public class EarlierTimeOffers {

	static final String OFFER_COLUMNS = """
			id, booking_id, hold_id, offered_starts_at, offered_ends_at, previous_starts_at, process_instance_id, state,
			created_at, expires_at, answered_at""";

	/** The visit to offer the time to next, from the candidates' index {@code index}, and its hold and offer. */
	public record Next(int index, long bookingId, String reference, long holdId, long offerId) {
	}

	private final JdbcTemplate jdbc;

	private final TimeHolds holds;

	private final Visits visits;

	private final BookingService bookings;

	private final EarlierTimeRequests requests;

	private final RuntimeService runtime;

	private final PortalSettingsService settings;

	private final Clock clock;

	EarlierTimeOffers(JdbcTemplate jdbc, TimeHolds holds, Visits visits, BookingService bookings,
			EarlierTimeRequests requests, RuntimeService runtime, PortalSettingsService settings, Clock clock) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.holds = holds;
		this.visits = visits;
		this.bookings = bookings;
		this.requests = requests;
		this.runtime = runtime;
		this.clock = clock;
	}

	/**
	 * The waiting visits that may want the freed time, in the order they are offered it: the longest waiting first (by
	 * when they asked, then booking id); each one's "not before" date, on the visit's own clock, allows the freed
	 * date, and its customer can be told (neither the account nor the service type is excluded from messaging; none
	 * when earlier-time offers are turned off). Whether the time fits a visit (service type, earlier, the slot rules) is checked when it is held for it.
	 */
	@Transactional(readOnly = true)
	public List<Long> candidates(FreedTime freed) {
		if (!settings.messaging().earlierTimeOffered()) {
			return List.of();
		}
		List<EarlierTimeRequest> waiting = requests.inOrder()
			.stream()
			.filter(request -> request.bookingId() != freed.bookingId())
			.toList();
		List<Long> candidates = new ArrayList<>();
		MessagingExclusions excluded = settings.messagingExclusions();
		Map<Long, Appointment> appointments = visits.appointments(waiting.stream().map(EarlierTimeRequest::bookingId).toList());
		for (EarlierTimeRequest visit : waiting) {
			Appointment about = appointments.get(visit.bookingId());
			if (about != null && !excluded.excludes(about.accountId(), about.serviceTypeId()) && (visit.notBefore() == null
					|| !freed.startsAt().atZone(about.zone()).toLocalDate().isBefore(visit.notBefore()))) {
				candidates.add(visit.bookingId());
			}
		}
		return candidates;
	}

	/**
	 * Holds the freed time for the first of the candidates from {@code from} on that it fits and that has no other
	 * offer open (one offer at a time for a visit), passing the hold
	 * {@code currentHold} (null: none) to it, and records the offer, open until {@code wait} from now. Empty when it
	 * fits none of them; the current hold then stays, for the caller to release.
	 */
	public Optional<Next> offerToNext(FreedTime freed, List<Long> candidates, int from, Long currentHold,
			String processInstanceId, Duration wait) {
		Instant expiresAt = clock.instant().plus(wait);
		for (int i = from; i < candidates.size(); i++) {
			long bookingId = candidates.get(i);
			if (hasOpenOffer(bookingId)) {
				continue;
			}
			Optional<HeldTime> held = holds.hold(freed, bookingId, expiresAt, currentHold);
			if (held.isPresent()) {
				Appointment visit = visits.appointment(bookingId);
				long offerId = jdbc.queryForObject("""
						INSERT INTO earlier_time_offer (booking_id, hold_id, offered_starts_at, offered_ends_at,
						       previous_starts_at, process_instance_id, state, created_at, expires_at)
						VALUES (?, ?, ?, ?, ?, ?, 'OFFERED', ?, ?) RETURNING id""", Long.class, bookingId,
						held.get().holdId(), Timestamp.from(freed.startsAt()), Timestamp.from(freed.endsAt()),
						Timestamp.from(visit.promisedStart()), processInstanceId, Timestamp.from(clock.instant()),
						Timestamp.from(expiresAt));
				return Optional.of(new Next(i, bookingId, visit.reference(), held.get().holdId(), offerId));
			}
		}
		return Optional.empty();
	}

	private boolean hasOpenOffer(long bookingId) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM earlier_time_offer WHERE booking_id = ? AND state = 'OFFERED')", Boolean.class,
				bookingId));
	}

	/** The offer's timer ran out before an answer: it closes, and its time passes on. */
	@Transactional
	public void expire(long offerId) {
		jdbc.update("UPDATE earlier_time_offer SET state = 'EXPIRED', answered_at = ? WHERE id = ? AND state = 'OFFERED'",
				Timestamp.from(clock.instant()), offerId);
	}

	/** Gives up a held time nobody took: it is bookable again. */
	public void release(Long holdId) {
		if (holdId != null) {
			holds.release(holdId);
		}
	}

	/** The visit's latest offer, open or answered. */
	@Transactional(readOnly = true)
	public Optional<EarlierTimeOffer> latest(long bookingId) {
		return jdbc.query("SELECT " + OFFER_COLUMNS + " FROM earlier_time_offer WHERE booking_id = ? ORDER BY id DESC LIMIT 1",
				EarlierTimeOffers::offer, bookingId).stream().findFirst();
	}

	/**
	 * The customer takes the visit's open offer: the visit moves into the held time (with the usual rescheduling
	 * notice), the offer is taken, the visit waits no more, and the offer's process ends; all in one transaction.
	 *
	 * @throws EarlierTimeGoneException when there is no open offer, or it has expired: the time went to someone else,
	 *                                  or the visit took it already (a second answer, from another tab)
	 */
	@Transactional
	public BookedVisit take(VisitView visit) {
		EarlierTimeOffer offer = lockOpen(visit.bookingId()).orElseThrow(() -> new EarlierTimeGoneException(visit.bookingId(),
				latest(visit.bookingId()).map(last -> last.state() == State.TAKEN).orElse(false)));
		BookedVisit moved;
		try {
			moved = bookings.takeHeldTime(visit.reference(), offer.holdId());
		}
		catch (HeldTimeGoneException gone) {
			throw new EarlierTimeGoneException(visit.bookingId(), false);
		}
		answer(offer, State.TAKEN);
		requests.withdraw(visit.bookingId());
		runtime.createMessageCorrelation(EarlierTimeProcess.TAKEN).processInstanceId(offer.processInstanceId()).correlate();
		return moved;
	}

	/** The customer keeps the visit's time: the open offer is declined and its time passes on. False when none was open. */
	@Transactional
	public boolean decline(long bookingId) {
		return close(bookingId, State.DECLINED);
	}

	/** The visit was canceled or moved while its offer was open: the offer is withdrawn and its time passes on. */
	@Transactional
	public boolean withdraw(long bookingId) {
		return close(bookingId, State.WITHDRAWN);
	}

	private boolean close(long bookingId, State state) {
		Optional<EarlierTimeOffer> offer = lockOpen(bookingId);
		offer.ifPresent(open -> {
			answer(open, state);
			runtime.createMessageCorrelation(EarlierTimeProcess.DECLINED).processInstanceId(open.processInstanceId()).correlate();
		});
		return offer.isPresent();
	}

	/** The visit's open offer, locked, if it has not expired: so of an answer and the timer only one closes it. */
	private Optional<EarlierTimeOffer> lockOpen(long bookingId) {
		return jdbc.query("SELECT " + OFFER_COLUMNS + " FROM earlier_time_offer"
				+ " WHERE booking_id = ? AND state = 'OFFERED' AND expires_at > ? ORDER BY id DESC LIMIT 1 FOR UPDATE",
				EarlierTimeOffers::offer, bookingId, Timestamp.from(clock.instant()))
			.stream()
			.findFirst();
	}

	private void answer(EarlierTimeOffer offer, State state) {
		jdbc.update("UPDATE earlier_time_offer SET state = ?, answered_at = ? WHERE id = ?", state.name(),
				Timestamp.from(clock.instant()), offer.id());
	}

	static EarlierTimeOffer offer(ResultSet rs, int row) throws SQLException {
		Timestamp answered = rs.getTimestamp("answered_at");
		return new EarlierTimeOffer(rs.getLong("id"), rs.getLong("booking_id"), rs.getObject("hold_id", Long.class),
				rs.getTimestamp("offered_starts_at").toInstant(), rs.getTimestamp("offered_ends_at").toInstant(),
				rs.getTimestamp("previous_starts_at").toInstant(), rs.getString("process_instance_id"),
				State.valueOf(rs.getString("state")), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), answered == null ? null : answered.toInstant());
	}

}
