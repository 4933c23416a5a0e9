package org.fieldbook.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.fieldbook.scheduling.Reason.Code;

/**
 * A deliberately naive reading of the rules in the javadoc of {@link SlotEngine}, for comparing with the engine
 * on small worlds. Every rule is checked directly, for every candidate start and every technician, with no
 * precomputation, no pointers and no caching. It shares nothing with the engine but the public records.
 */
final class SlotOracle {

	private final TravelTimeEstimator travel;

	SlotOracle(TravelTimeEstimator travel) {
		this.travel = travel;
	}

	SlotSearchResult search(SlotRequest request, Collection<Resource> technicians) {
		ZoneId zone = request.zone();
		// Rule 1: the window, on the request zone's clock.
		LocalDate today = request.now().atZone(zone).toLocalDate();
		LocalDate first = today.plusDays(request.minLeadDays());
		LocalDate last = today.plusDays(request.maxLeadDays());

		List<SlotDay> days = new ArrayList<>();
		for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
			if (request.inArrivalWindows()) {
				List<OfferedWindow> windows = windowsOn(date, request, technicians);
				if (!windows.isEmpty()) {
					days.add(new SlotDay(date, List.of(), windows));
				}
				continue;
			}
			List<Slot> slots = new ArrayList<>();
			// Rule 2: candidate starts every step minutes from local midnight while before 24:00; a local time that
			// occurs twice is offered at its first occurrence at which a crew is free.
			for (int minute = 0; minute < 24 * 60; minute += request.stepMinutes()) {
				LocalDateTime local = date.atStartOfDay().plusMinutes(minute);
				for (Instant start : instantsOf(local, zone)) {
					if (start.isBefore(request.now())) {
						continue;
					}
					Crew crew = crewAt(request, technicians, start);
					if (crew != null) {
						slots.add(crew.slot());
						break;
					}
				}
			}
			// In time order: on a fall-back night the later 01:00 comes after the earlier 01:30.
			slots.sort(Comparator.comparing(Slot::start));
			if (!slots.isEmpty()) {
				days.add(new SlotDay(date, slots));
			}
		}
		List<Reason> reasons = days.isEmpty() ? reasons(request, technicians, last) : List.of();
		return new SlotSearchResult(zone, days, reasons, unavailableDays(request, technicians, first, last, days));
	}

	// Rule 13: arrival windows.

	/** The windows of a date with a crew free at one of their starts, each planned at its best start. */
	private List<OfferedWindow> windowsOn(LocalDate date, SlotRequest request, Collection<Resource> technicians) {
		List<OfferedWindow> offered = new ArrayList<>();
		for (ArrivalWindow window : request.arrivalWindows()) {
			ZonedDateTime from = ZonedDateTime.of(date, window.from(), request.zone());
			ZonedDateTime to = ZonedDateTime.of(date, window.to(), request.zone()).withLaterOffsetAtOverlap();
			Crew best = null;
			for (Instant start : startsInside(date, request, from.toInstant(), to.toInstant())) {
				Crew crew = crewAt(request, technicians, start);
				if (crew != null && (best == null || crew.addedTravel() < best.addedTravel()
						|| crew.addedTravel() == best.addedTravel() && start.isBefore(best.slot().start().toInstant()))) {
					best = crew;
				}
			}
			if (best != null) {
				offered.add(new OfferedWindow(from, to, best.slot()));
			}
		}
		return offered;
	}

	/** Every instant of the date's candidate starts (each occurrence of a repeated time) in [from, to), not before now. */
	private static List<Instant> startsInside(LocalDate date, SlotRequest request, Instant from, Instant to) {
		List<Instant> inside = new ArrayList<>();
		for (int minute = 0; minute < 24 * 60; minute += request.stepMinutes()) {
			for (Instant start : instantsOf(date.atStartOfDay().plusMinutes(minute), request.zone())) {
				if (!start.isBefore(request.now()) && !start.isBefore(from) && start.isBefore(to)) {
					inside.add(start);
				}
			}
		}
		return inside;
	}

	/** A crew free at a start, with the travel minutes that it adds together. */
	private record Crew(Slot slot, int addedTravel) {
	}

	/** The crew that would go at start when one is free then, else null. */
	private Crew crewAt(SlotRequest request, Collection<Resource> technicians, Instant start) {
		// Rule 3: the job.
		Instant end = start.plus(request.duration());
		List<Candidate> free = new ArrayList<>();
		for (Resource technician : technicians) {
			if (isQualified(technician, request) && isFree(technician, request, start, end)) {
				free.add(new Candidate(technician.id(), addedTravel(technician, request, start, end), proficiency(technician, request)));
			}
		}
		// Rule 9: enough distinct technicians.
		if (free.stream().map(Candidate::id).distinct().count() < request.crewSize()) {
			return null;
		}
		// Rule 10: fewest added travel, then highest proficiency, then smallest id.
		free.sort(Comparator.comparingInt(Candidate::addedTravel)
			.thenComparing(Comparator.comparingInt(Candidate::proficiency).reversed())
			.thenComparing(Candidate::id));
		List<Candidate> crew = free.stream().limit(request.crewSize()).toList();
		return new Crew(new Slot(start.atZone(request.zone()), end.atZone(request.zone()), crew.stream().map(Candidate::id).toList()),
				crew.stream().mapToInt(Candidate::addedTravel).sum());
	}

	/**
	 * The instants of a local time, earliest first: none in a DST gap, two when it exists twice. Found by trying
	 * every offset that the zone has at that local time.
	 */
	private static List<Instant> instantsOf(LocalDateTime local, ZoneId zone) {
		List<Instant> instants = new ArrayList<>();
		for (ZoneOffset offset : zone.getRules().getValidOffsets(local)) {
			instants.add(local.toInstant(offset));
		}
		instants.sort(Comparator.naturalOrder());
		return instants;
	}

	private record Candidate(String id, int addedTravel, int proficiency) {
	}

	// Rule 4: qualified.

	private static boolean isQualified(Resource technician, SlotRequest request) {
		return hasAllSkills(technician, request) && servesTerritory(technician, request) && isWithinRadius(technician, request);
	}

	private static boolean hasSkill(Resource technician, SkillRequirement need) {
		Integer level = technician.skills().get(need.skill());
		return level != null && level >= need.minLevel();
	}

	private static boolean hasAllSkills(Resource technician, SlotRequest request) {
		for (SkillRequirement need : request.skills()) {
			if (!hasSkill(technician, need)) {
				return false;
			}
		}
		return true;
	}

	private static boolean servesTerritory(Resource technician, SlotRequest request) {
		return request.territory() == null || technician.territories().contains(request.territory());
	}

	private static boolean isWithinRadius(Resource technician, SlotRequest request) {
		if (request.radiusKm() == 0) {
			return true;
		}
		return HaversineTravelTime.distanceKm(technician.home(), request.location()) <= request.radiusKm();
	}

	private static int proficiency(Resource technician, SlotRequest request) {
		int sum = 0;
		for (SkillRequirement need : request.skills()) {
			sum += technician.skills().get(need.skill());
		}
		return sum;
	}

	// Rules 5 to 8: free.

	private boolean isFree(Resource technician, SlotRequest request, Instant start, Instant end) {
		return insideOneWorkingInterval(technician, start, end) && !overlapsTimeOff(technician, start, end)
				&& !overlapsBooking(technician, start, end) && travelFits(technician, request, start, end);
	}

	private static boolean insideOneWorkingInterval(Resource technician, Instant start, Instant end) {
		ZoneId zone = technician.zone();
		LocalDate around = start.atZone(zone).toLocalDate();
		for (LocalDate date = around.minusDays(2); !date.isAfter(around.plusDays(2)); date = date.plusDays(1)) {
			for (WeeklyHours hours : technician.hours()) {
				if (hours.day() != date.getDayOfWeek()) {
					continue;
				}
				Instant open = ZonedDateTime.of(date, hours.from(), zone).toInstant();
				Instant close = ZonedDateTime.of(date, hours.to(), zone).toInstant();
				if (!start.isBefore(open) && !end.isAfter(close)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean overlapsTimeOff(Resource technician, Instant start, Instant end) {
		for (LocalPeriod period : technician.timeOff()) {
			Instant from = ZonedDateTime.of(period.from(), technician.zone()).toInstant();
			Instant to = ZonedDateTime.of(period.to(), technician.zone()).toInstant();
			if (start.isBefore(to) && from.isBefore(end)) {
				return true;
			}
		}
		return false;
	}

	private static boolean overlapsBooking(Resource technician, Instant start, Instant end) {
		for (BookedJob booking : technician.bookings()) {
			if (start.isBefore(booking.end()) && booking.start().isBefore(end)) {
				return true;
			}
		}
		return false;
	}

	/** The booking with the latest end at or before start, or null. */
	private static BookedJob previous(Resource technician, Instant start) {
		BookedJob previous = null;
		for (BookedJob booking : technician.bookings()) {
			if (!booking.end().isAfter(start) && (previous == null || booking.end().isAfter(previous.end()))) {
				previous = booking;
			}
		}
		return previous;
	}

	/** The booking with the earliest start at or after end, or null. */
	private static BookedJob next(Resource technician, Instant end) {
		BookedJob next = null;
		for (BookedJob booking : technician.bookings()) {
			if (!booking.start().isBefore(end) && (next == null || booking.start().isBefore(next.start()))) {
				next = booking;
			}
		}
		return next;
	}

	private boolean travelFits(Resource technician, SlotRequest request, Instant start, Instant end) {
		BookedJob previous = previous(technician, start);
		if (previous != null) {
			long minutes = travel.minutes(previous.location(), request.location());
			if (previous.end().plusSeconds(60 * minutes).isAfter(start)) {
				return false;
			}
		}
		BookedJob next = next(technician, end);
		if (next != null) {
			long minutes = travel.minutes(request.location(), next.location());
			if (end.plusSeconds(60 * minutes).isAfter(next.start())) {
				return false;
			}
		}
		return true;
	}

	private int addedTravel(Resource technician, SlotRequest request, Instant start, Instant end) {
		BookedJob previous = previous(technician, start);
		BookedJob next = next(technician, end);
		int added = 0;
		if (previous != null) {
			added += travel.minutes(previous.location(), request.location());
		}
		if (next != null) {
			added += travel.minutes(request.location(), next.location());
		}
		if (previous != null && next != null) {
			added -= travel.minutes(previous.location(), next.location());
		}
		return added;
	}

	// Rule 11: reasons.

	// Rule 12: why a date without starts has none, when a crew is qualified at all.

	private static List<SlotSearchResult.UnavailableDay> unavailableDays(SlotRequest request, Collection<Resource> technicians,
			LocalDate first, LocalDate last, List<SlotDay> days) {
		List<Resource> qualified = technicians.stream().filter(technician -> isQualified(technician, request)).toList();
		List<SlotSearchResult.UnavailableDay> unavailable = new ArrayList<>();
		if (qualified.size() < request.crewSize()) {
			return unavailable;
		}
		for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
			LocalDate day = date;
			if (days.stream().anyMatch(offered -> offered.date().equals(day))) {
				continue;
			}
			boolean crewWorks = false;
			for (int minute = 0; minute < 24 * 60; minute += request.stepMinutes()) {
				for (Instant start : instantsOf(date.atStartOfDay().plusMinutes(minute), request.zone())) {
					if (start.isBefore(request.now()) || !insideAWindow(date, request, start)) {
						continue;
					}
					Instant end = start.plus(request.duration());
					long working = qualified.stream().filter(technician -> insideOneWorkingInterval(technician, start, end)).count();
					crewWorks |= working >= request.crewSize();
				}
			}
			unavailable.add(new SlotSearchResult.UnavailableDay(date,
					crewWorks ? new Reason(Code.FULLY_BOOKED, null, 0, qualified.size(), date)
							: new Reason(Code.NOT_WORKING, null, 0, qualified.size(), null)));
		}
		return unavailable;
	}

	/** Without arrival windows every start counts; with them, those inside one of the date's. */
	private static boolean insideAWindow(LocalDate date, SlotRequest request, Instant start) {
		if (!request.inArrivalWindows()) {
			return true;
		}
		for (ArrivalWindow window : request.arrivalWindows()) {
			Instant from = ZonedDateTime.of(date, window.from(), request.zone()).toInstant();
			Instant to = ZonedDateTime.of(date, window.to(), request.zone()).withLaterOffsetAtOverlap().toInstant();
			if (!start.isBefore(from) && start.isBefore(to)) {
				return true;
			}
		}
		return false;
	}

	private static List<Reason> reasons(SlotRequest request, Collection<Resource> technicians, LocalDate last) {
		List<Resource> skilled = technicians.stream().filter(technician -> hasAllSkills(technician, request)).toList();
		if (skilled.isEmpty()) {
			List<Reason> reasons = new ArrayList<>();
			for (SkillRequirement need : request.skills()) {
				boolean anyoneHasIt = false;
				int lower = 0;
				for (Resource technician : technicians) {
					Integer level = technician.skills().get(need.skill());
					if (level != null && level >= need.minLevel()) {
						anyoneHasIt = true;
					}
					if (level != null && level < need.minLevel()) {
						lower++;
					}
				}
				if (!anyoneHasIt) {
					reasons.add(new Reason(Code.NO_SKILL, need.skill(), need.minLevel(), lower, null));
				}
			}
			if (reasons.isEmpty()) {
				reasons.add(new Reason(Code.NO_SKILLS_TOGETHER, null, 0, 0, null));
			}
			return reasons;
		}
		List<Resource> inTerritory = skilled.stream().filter(technician -> servesTerritory(technician, request)).toList();
		if (inTerritory.isEmpty()) {
			return List.of(new Reason(Code.NOT_IN_TERRITORY, request.territory(), 0, skilled.size(), null));
		}
		List<Resource> qualified = inTerritory.stream().filter(technician -> isWithinRadius(technician, request)).toList();
		if (qualified.isEmpty()) {
			return List.of(new Reason(Code.OUTSIDE_RADIUS, String.valueOf(request.radiusKm()), 0, inTerritory.size(), null));
		}
		if (qualified.size() < request.crewSize()) {
			return List.of(new Reason(Code.CREW_TOO_SMALL, null, 0, qualified.size(), null));
		}
		return List.of(new Reason(Code.FULLY_BOOKED, null, 0, qualified.size(), last));
	}

}
