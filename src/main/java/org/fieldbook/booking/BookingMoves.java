package org.fieldbook.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fieldbook.booking.SlotSearchService.Prepared;
import org.fieldbook.scheduling.Resource;
import org.fieldbook.scheduling.SlotSearchResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the company may move a booking: the times the slot engine offers for it, and the technicians who could take
 * it over at its time; both by the staff's rules (a service type hidden from the portal too, no cut-off), with the
 * booking's own time left out of its technicians' calendars; exact starts, also for a service type of arrival windows
 * (a move inside the promised window keeps it). {@link BookingService} checks the choice again.
 */
@Service
public class BookingMoves {

	private final SlotSearchService slots;

	private final Visits visits;

	private final Clock clock;

	BookingMoves(SlotSearchService slots, Visits visits, Clock clock) {
		this.slots = slots;
		this.visits = visits;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public SlotSearchResult times(long bookingId) {
		return slots.search(prepare(bookingId));
	}

	/**
	 * The technicians who could take one technician's place in the booking's crew at its own start: qualified, at
	 * work and free then, travel included, as the engine would offer them.
	 *
	 * @param crew     the booking's technicians now, by external id
	 * @param replaced the one of them to replace
	 * @return their external ids, in the engine's order of technicians
	 */
	@Transactional(readOnly = true)
	public List<String> takeOverCandidates(long bookingId, Instant startsAt, List<String> crew, String replaced) {
		Prepared prepared = prepare(bookingId);
		Map<String, Resource> qualified = prepared.technicians()
			.stream()
			.collect(Collectors.toMap(Resource::id, Function.identity()));
		List<Resource> staying = crew.stream().filter(id -> !id.equals(replaced)).map(qualified::get).toList();
		if (staying.contains(null)) {
			return List.of();
		}
		return prepared.technicians()
			.stream()
			.filter(candidate -> !crew.contains(candidate.id()) && offered(prepared, staying, candidate, startsAt))
			.map(Resource::id)
			.toList();
	}

	private static boolean offered(Prepared prepared, List<Resource> staying, Resource candidate, Instant startsAt) {
		List<Resource> team = new ArrayList<>(staying);
		team.add(candidate);
		return prepared.engine()
			.search(prepared.request(), team)
			.days()
			.stream()
			.flatMap(day -> day.slots().stream())
			.anyMatch(slot -> slot.start().toInstant().equals(startsAt) && slot.technicians().contains(candidate.id()));
	}

	private Prepared prepare(long bookingId) {
		VisitRequest request = visits.requestOf(bookingId);
		return slots.prepare(new SlotQuery(request.serviceType(), request.account(), request.asset(), clock.instant()),
				BookingSource.BACK_OFFICE, bookingId).exact();
	}

}
