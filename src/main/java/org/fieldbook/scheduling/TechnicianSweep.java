package org.fieldbook.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.fieldbook.scheduling.SlotEngine.Candidate;
import org.fieldbook.scheduling.SlotEngine.Offer;

/**
 * One qualified technician against all candidate starts: marks the starts whose job fits a working
 * interval, then walks them in time order with a pointer into the technician's bookings, so that each
 * start costs a few comparisons and travel is estimated at most twice per booking.
 */
final class TechnicianSweep {

	private final SlotRequest request;

	private final Resource technician;

	private final List<Candidate> candidates;

	private final TravelTimeEstimator travel;

	private final BookedJob[] bookings;

	private final int[] travelFrom;

	private final int[] travelTo;

	private final int[] travelOnward;

	TechnicianSweep(SlotRequest request, Resource technician, List<Candidate> candidates, TravelTimeEstimator travel) {
		this.request = request;
		this.technician = technician;
		this.candidates = candidates;
		this.travel = travel;
		this.bookings = technician.bookings().stream().sorted(Comparator.comparing(BookedJob::start)).toArray(BookedJob[]::new);
		this.travelFrom = unknown(bookings.length);
		this.travelTo = unknown(bookings.length);
		this.travelOnward = unknown(bookings.length);
	}

	void collectInto(List<List<Offer>> offers) {
		if (candidates.isEmpty()) {
			return;
		}
		boolean[] inWorkingHours = startsInsideWorkingHours();
		List<Instant[]> timeOff = timeOff();
		int proficiency = Qualification.proficiency(technician, request);
		int next = 0;
		for (int i = 0; i < candidates.size(); i++) {
			if (!inWorkingHours[i]) {
				continue;
			}
			Candidate candidate = candidates.get(i);
			Instant start = candidate.startInstant();
			Instant end = candidate.end();
			while (next < bookings.length && bookings[next].start().isBefore(end)) {
				next++;
			}
			int previous = next - 1;
			if (previous >= 0 && bookings[previous].end().isAfter(start)) {
				continue;
			}
			if (overlapsTimeOff(timeOff, start, end)) {
				continue;
			}
			int inbound = previous >= 0 ? travelFrom(previous) : 0;
			if (previous >= 0 && bookings[previous].end().plusSeconds(60L * inbound).isAfter(start)) {
				continue;
			}
			int outbound = next < bookings.length ? travelTo(next) : 0;
			if (next < bookings.length && end.plusSeconds(60L * outbound).isAfter(bookings[next].start())) {
				continue;
			}
			int added = previous >= 0 && next < bookings.length ? inbound + outbound - travelOnward(previous)
					: inbound + outbound;
			List<Offer> free = offers.get(i);
			if (free == null) {
				free = new ArrayList<>(4);
				offers.set(i, free);
			}
			free.add(new Offer(technician, added, proficiency));
		}
	}

	/** Marks each candidate whose whole job lies inside one working interval of the technician. */
	private boolean[] startsInsideWorkingHours() {
		boolean[] inside = new boolean[candidates.size()];
		ZoneId zone = technician.zone();
		Instant firstStart = candidates.get(0).startInstant();
		Instant lastEnd = candidates.get(candidates.size() - 1).end();
		LocalDate from = LocalDate.ofInstant(firstStart, zone).minusDays(1);
		LocalDate to = LocalDate.ofInstant(lastEnd, zone).plusDays(1);
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			for (WeeklyHours hours : technician.hours()) {
				if (hours.day() == date.getDayOfWeek()) {
					Instant open = ZonedDateTime.of(date, hours.from(), zone).toInstant();
					Instant close = ZonedDateTime.of(date, hours.to(), zone).toInstant();
					for (int i = firstCandidateAtOrAfter(open); i < inside.length
							&& !candidates.get(i).end().isAfter(close); i++) {
						inside[i] = true;
					}
				}
			}
		}
		return inside;
	}

	private int firstCandidateAtOrAfter(Instant instant) {
		int low = 0;
		int high = candidates.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (candidates.get(middle).startInstant().isBefore(instant)) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	private List<Instant[]> timeOff() {
		return technician.timeOff()
			.stream()
			.map(period -> new Instant[] { ZonedDateTime.of(period.from(), technician.zone()).toInstant(),
					ZonedDateTime.of(period.to(), technician.zone()).toInstant() })
			.toList();
	}

	private static boolean overlapsTimeOff(List<Instant[]> timeOff, Instant start, Instant end) {
		for (Instant[] period : timeOff) {
			if (start.isBefore(period[1]) && period[0].isBefore(end)) {
				return true;
			}
		}
		return false;
	}

	private int travelFrom(int booking) {
		if (travelFrom[booking] < 0) {
			travelFrom[booking] = travel.minutes(bookings[booking].location(), request.location());
		}
		return travelFrom[booking];
	}

	private int travelTo(int booking) {
		if (travelTo[booking] < 0) {
			travelTo[booking] = travel.minutes(request.location(), bookings[booking].location());
		}
		return travelTo[booking];
	}

	private int travelOnward(int booking) {
		if (travelOnward[booking] < 0) {
			travelOnward[booking] = travel.minutes(bookings[booking].location(), bookings[booking + 1].location());
		}
		return travelOnward[booking];
	}

	private static int[] unknown(int length) {
		int[] minutes = new int[length];
		Arrays.fill(minutes, -1);
		return minutes;
	}

}
