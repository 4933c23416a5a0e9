package org.fieldbook.scheduling;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fieldbook.scheduling.SlotEngine.Candidate;
import org.fieldbook.scheduling.SlotEngine.Window;

/**
 * Rule 13, arrival windows: the request's windows on every date of the search, as instants, which candidate starts
 * lie inside one, and for each window the start that the system would plan.
 */
final class ArrivalWindowPlanner {

	/** A window on one date; {@code from} and {@code to} as {@link Nanos}. */
	private record Bounds(LocalDate date, ZonedDateTime start, ZonedDateTime end, long from, long to) {

		boolean holds(Candidate candidate) {
			return candidate.date().equals(date) && from <= candidate.start() && candidate.start() < to;
		}

	}

	private final Map<LocalDate, List<Bounds>> byDate = new HashMap<>();

	private final List<Bounds> inOrder = new ArrayList<>();

	private ArrivalWindowPlanner() {
	}

	/** Each window on each date of the search, from {@link ArrivalWindow#startOn} to {@link ArrivalWindow#endOn}. */
	static ArrivalWindowPlanner of(SlotRequest request, Window window) {
		ArrivalWindowPlanner planner = new ArrivalWindowPlanner();
		for (LocalDate date = window.first(); !date.isAfter(window.last()); date = date.plusDays(1)) {
			for (ArrivalWindow arrival : request.arrivalWindows()) {
				ZonedDateTime start = arrival.startOn(date, request.zone());
				ZonedDateTime end = arrival.endOn(date, request.zone());
				Bounds bounds = new Bounds(date, start, end, Nanos.of(start.toInstant()), Nanos.of(end.toInstant()));
				planner.inOrder.add(bounds);
				planner.byDate.computeIfAbsent(date, day -> new ArrayList<>()).add(bounds);
			}
		}
		return planner;
	}

	/** The candidates that lie inside a window of their date, in the same order, none linked to another. */
	List<Candidate> inside(List<Candidate> candidates) {
		return candidates.stream()
			.filter(candidate -> byDate.getOrDefault(candidate.date(), List.of()).stream().anyMatch(bounds -> bounds.holds(candidate)))
			.map(Candidate::alone)
			.toList();
	}

	/**
	 * The windows with a free crew at one start inside at least; each planned at its start with the fewest added travel
	 * minutes of the crew together, then the earliest. {@code candidates} are in time order, {@code starts} their
	 * instants.
	 */
	Map<LocalDate, List<OfferedWindow>> offered(ZoneId zone, List<Candidate> candidates, long[] starts, CrewPicker picker,
			List<Resource> standings) {
		Map<LocalDate, List<OfferedWindow>> offered = new HashMap<>();
		for (Bounds bounds : inOrder) {
			int planned = -1;
			for (int i = Nanos.firstAtOrAfter(starts, bounds.from()); i < starts.length && starts[i] < bounds.to(); i++) {
				if (picker.hasCrew(i) && bounds.holds(candidates.get(i))
						&& (planned < 0 || picker.addedTravel(i) < picker.addedTravel(planned))) {
					planned = i;
				}
			}
			if (planned >= 0) {
				offered.computeIfAbsent(bounds.date(), date -> new ArrayList<>())
					.add(new OfferedWindow(bounds.start(), bounds.end(),
							candidates.get(planned).slot(zone, picker.crew(planned, standings))));
			}
		}
		return offered;
	}

}
