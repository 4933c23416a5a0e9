package org.fieldbook.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.fieldbook.scheduling.SlotSearchResult.UnavailableDay;

/**
 * The slot engine: which starts can be offered for a request, and who would go.
 *
 * <h2>Rules (exact; the README has the same table)</h2>
 * <ol>
 * <li><b>Window.</b> today = the local date of {@code now} in the request's zone. Dates from today + minLeadDays
 * to today + maxLeadDays inclusive.</li>
 * <li><b>Candidate starts.</b> On each date, the local times 00:00, 00:00 + step, … while before 24:00, on the
 * request zone's clock. A local time in a DST gap (spring forward) is skipped; a local time that occurs twice
 * (fall back) is a candidate at both offsets and is offered once, at its first occurrence at which a crew is free.
 * A start before {@code now} is never offered.</li>
 * <li><b>Job.</b> The instants [start, start + duration).</li>
 * <li><b>Qualified.</b> The technician has every required skill at ≥ its minimum level; when the request has a
 * territory, the technician serves it; when radiusKm &gt; 0, the haversine distance from home to the location
 * is ≤ radiusKm.</li>
 * <li><b>Working hours.</b> The job lies inside one working interval: for a local date D of the technician
 * and an entry for D's weekday, [D at from, D at to) in the technician's zone, each converted as
 * {@link java.time.ZonedDateTime#of} does (a gap time moves forward, an overlap takes the earlier offset).
 * Intervals are not merged.</li>
 * <li><b>Time off.</b> The job overlaps no time-off period (converted the same way).</li>
 * <li><b>Bookings.</b> The job overlaps no booking: overlap means start &lt; booking end and booking start &lt;
 * job end.</li>
 * <li><b>Travel.</b> previous = the booking with the latest end ≤ start; next = the booking with the earliest
 * start ≥ job end. previous.end + travel(previous → location) ≤ start, and job end + travel(location →
 * next) ≤ next.start. Travel from and to home is not counted (contract: technicians start and end their day
 * at the first and last job).</li>
 * <li><b>Crews.</b> A start is offered when at least crewSize distinct technicians are qualified and free for
 * it.</li>
 * <li><b>Assignment.</b> Of the free technicians, the first crewSize by: fewest added travel minutes, then
 * highest proficiency, then smallest id. Added travel = travel(previous → here) + travel(here → next) −
 * travel(previous → next) with both neighbours, the one leg with one, 0 with none. Proficiency = the sum of
 * the technician's levels in the required skills. The list is in that order.</li>
 * <li><b>Reasons</b>, only when the whole window offers nothing, in this order, the first that applies:
 * when no technician has every required skill at its level: NO_SKILL for each required skill (in request
 * order) that no technician has at the level, or, when each skill is had by someone but never all by one,
 * a single NO_SKILLS_TOGETHER; else NOT_IN_TERRITORY; else OUTSIDE_RADIUS; else CREW_TOO_SMALL; else
 * FULLY_BOOKED until the last date of the window. Counts as documented on {@link Reason.Code}.</li>
 * <li><b>Unavailable days</b>, whenever at least crewSize technicians are qualified: each date of the window
 * without an offered start is FULLY_BOOKED (until that date) when at some candidate start of it at least
 * crewSize qualified technicians have a working interval that holds the job (rule 5 alone), else
 * NOT_WORKING.</li>
 * <li><b>Arrival windows</b>, when the request has them: each window of each date is, on the request zone's clock,
 * from its start (placed as {@link java.time.ZonedDateTime#of} does) to its end at the end's later offset, so a
 * repeated hour inside it is inside twice. Only the candidate starts of rule 2 that lie in [start, end) of a window
 * of their date count, each occurrence of a repeated time on its own; rules 3 to 10 apply to them. A window is
 * offered when at least one of its starts has a crew; its planned start is the one whose crew adds the fewest travel
 * minutes together, then the earliest, with that start's crew. A date is offered when one of its windows is; rule 12
 * looks only at the starts inside windows.</li>
 * </ol>
 * Same input, same output.
 */
public final class SlotEngine {

	private static final int MINUTES_PER_DAY = 24 * 60;

	private static final long NANOS_PER_SECOND = 1_000_000_000L;


	private final TravelTimeEstimator travel;

	public SlotEngine(TravelTimeEstimator travel) {
		this.travel = travel;
	}

	public SlotSearchResult search(SlotRequest request, Collection<Resource> technicians) {
		Window window = Window.of(request);
		// Technicians' dates run a day either side of the request's, as their zones may be ahead or behind.
		LocalClock.Clocks clocks = new LocalClock.Clocks(window.first().minusDays(2), window.last().plusDays(2));
		ArrivalWindowPlanner arrivals = request.inArrivalWindows() ? ArrivalWindowPlanner.of(request, window) : null;
		List<Candidate> candidates = arrivals == null ? candidateStarts(request, window, clocks)
				: arrivals.inside(candidateStarts(request, window, clocks));
		Qualification qualification = Qualification.of(request, technicians);
		List<Resource> standings = qualification.qualified()
			.stream()
			.sorted(Comparator.comparingInt((Resource technician) -> -Qualification.proficiency(technician, request))
				.thenComparing(Resource::id))
			.toList();
		CrewPicker picker = new CrewPicker(candidates.size(), request.crewSize());
		long[] starts = new long[candidates.size()];
		long[] ends = new long[candidates.size()];
		for (int i = 0; i < starts.length; i++) {
			starts[i] = candidates.get(i).start();
			ends[i] = candidates.get(i).end();
		}
		for (int standing = 0; standing < standings.size(); standing++) {
			new TechnicianSweep(request, standings.get(standing), starts, ends, travel, clocks).offerTo(picker, standing);
		}
		List<SlotDay> days = arrivals == null ? exactStarts(request.zone(), candidates, picker, standings)
				: arrivals.offered(request.zone(), candidates, starts, picker, standings)
					.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByKey())
					.map(day -> new SlotDay(day.getKey(), List.of(), day.getValue()))
					.toList();
		Set<LocalDate> offered = days.stream().map(SlotDay::date).collect(Collectors.toSet());
		List<Reason> reasons = days.isEmpty() ? qualification.reasons(request, window.last()) : List.of();
		return new SlotSearchResult(request.zone(), days, reasons,
				unavailableDays(request, window, candidates, picker, offered, qualification.qualified().size()));
	}

	private static List<SlotDay> exactStarts(ZoneId zone, List<Candidate> candidates, CrewPicker picker,
			List<Resource> standings) {
		Map<LocalDate, List<Slot>> byDate = new TreeMap<>();
		for (int i = 0; i < candidates.size(); i++) {
			Candidate candidate = candidates.get(i);
			if (isOffered(candidate, i, picker)) {
				byDate.computeIfAbsent(candidate.date(), date -> new ArrayList<>()).add(candidate.slot(zone, picker.crew(i, standings)));
			}
		}
		return byDate.entrySet().stream().map(day -> new SlotDay(day.getKey(), day.getValue())).toList();
	}

	/** Why each date without an offered start has none, when a crew of qualified technicians exists at all. */
	private static List<UnavailableDay> unavailableDays(SlotRequest request, Window window, List<Candidate> candidates,
			CrewPicker picker, Set<LocalDate> offered, int qualified) {
		if (qualified < request.crewSize()) {
			return List.of();
		}
		Set<LocalDate> crewWorks = new HashSet<>();
		for (int i = 0; i < candidates.size(); i++) {
			if (picker.crewWorks(i)) {
				crewWorks.add(candidates.get(i).date());
			}
		}
		List<UnavailableDay> unavailable = new ArrayList<>();
		for (LocalDate date = window.first(); !date.isAfter(window.last()); date = date.plusDays(1)) {
			if (!offered.contains(date)) {
				unavailable.add(new UnavailableDay(date, crewWorks.contains(date)
						? new Reason(Reason.Code.FULLY_BOOKED, null, 0, qualified, date)
						: new Reason(Reason.Code.NOT_WORKING, null, 0, qualified, null)));
			}
		}
		return unavailable;
	}

	/**
	 * The reasons why nothing could be offered, judged over all active technicians (a caller that passed only
	 * qualified technicians to {@link #search} asks here when the search came back empty).
	 */
	public List<Reason> reasons(SlotRequest request, Collection<Resource> technicians) {
		return Qualification.of(request, technicians).reasons(request, Window.of(request).last());
	}

	/**
	 * Rule 2: a local time that occurs twice is offered at its first occurrence at which a crew is free, so the later
	 * one only when the earlier one is not offered (or was before now).
	 */
	private static boolean isOffered(Candidate candidate, int index, CrewPicker picker) {
		return picker.hasCrew(index) && (candidate.earlierOccurrence() == Candidate.NONE || !picker.hasCrew(candidate.earlierOccurrence()));
	}

	/**
	 * Every step minutes on the request zone's clock from local midnight, in time order; gap times skipped, overlap
	 * times at both offsets, the later one linked to the earlier one.
	 */
	static List<Candidate> candidateStarts(SlotRequest request, Window window, LocalClock.Clocks clocks) {
		ZoneRules rules = request.zone().getRules();
		LocalClock clock = clocks.of(request.zone());
		long now = Nanos.of(request.now());
		long duration = request.duration().toNanos();
		List<Candidate> candidates = new ArrayList<>();
		Set<LocalDateTime> repeated = new HashSet<>();
		for (LocalDate date = window.first(); !date.isAfter(window.last()); date = date.plusDays(1)) {
			ZoneOffset uniform = clock.uniformOffset(date);
			for (int minute = 0; minute < MINUTES_PER_DAY; minute += request.stepMinutes()) {
				if (uniform != null) {
					long start = clock.nanos(date.toEpochDay(), LocalTime.ofSecondOfDay(minute * 60L));
					if (start >= now) {
						candidates.add(new Candidate(date, minute, uniform, start, start + duration, Candidate.NONE));
					}
					continue;
				}
				LocalDateTime local = date.atStartOfDay().plusMinutes(minute);
				List<ZoneOffset> offsets = rules.getValidOffsets(local);
				for (ZoneOffset offset : offsets) {
					long start = local.toEpochSecond(offset) * NANOS_PER_SECOND;
					if (start >= now) {
						candidates.add(new Candidate(date, minute, offset, start, start + duration, Candidate.NONE));
					}
				}
				if (offsets.size() > 1) {
					repeated.add(local);
				}
			}
		}
		if (!repeated.isEmpty()) {
			linkRepeatedTimes(candidates, repeated);
		}
		return candidates;
	}

	/**
	 * After a fall-back night the later 01:00 comes after the earlier 01:30 (and, where a zone falls back across
	 * midnight, after the next date's first times): puts the candidates in time order and links each later occurrence
	 * of a local time to its earlier one.
	 */
	private static void linkRepeatedTimes(List<Candidate> candidates, Set<LocalDateTime> repeated) {
		LocalDate first = repeated.stream().map(LocalDateTime::toLocalDate).min(Comparator.naturalOrder()).orElseThrow();
		LocalDate last = repeated.stream().map(LocalDateTime::toLocalDate).max(Comparator.naturalOrder()).orElseThrow();
		int from = 0;
		while (from < candidates.size() && candidates.get(from).date().isBefore(first.minusDays(1))) {
			from++;
		}
		int to = from;
		while (to < candidates.size() && !candidates.get(to).date().isAfter(last.plusDays(1))) {
			to++;
		}
		// Only the dates around a repeated hour are out of time order.
		candidates.subList(from, to).sort(Comparator.comparingLong(Candidate::start));
		Map<LocalDateTime, Integer> seen = new HashMap<>();
		for (int i = from; i < to; i++) {
			Candidate candidate = candidates.get(i);
			if (!repeated.contains(candidate.local())) {
				continue;
			}
			Integer earlier = seen.putIfAbsent(candidate.local(), i);
			if (earlier != null) {
				candidates.set(i, candidate.laterOccurrenceOf(earlier));
			}
		}
	}

	record Window(LocalDate first, LocalDate last) {

		static Window of(SlotRequest request) {
			LocalDate today = LocalDate.ofInstant(request.now(), request.zone());
			return new Window(today.plusDays(request.minLeadDays()), today.plusDays(request.maxLeadDays()));
		}

	}

	/**
	 * A candidate start: its local date, minute of the day and offset, start and end as {@link Nanos};
	 * {@code earlierOccurrence} is the index of the same local time at its earlier offset, or NONE.
	 */
	record Candidate(LocalDate date, int minute, ZoneOffset offset, long start, long end, int earlierOccurrence) {

		static final int NONE = -1;

		Candidate laterOccurrenceOf(int earlier) {
			return new Candidate(date, minute, offset, start, end, earlier);
		}

		/** Rule 13: inside arrival windows each occurrence of a time is a start of its own. */
		Candidate alone() {
			return new Candidate(date, minute, offset, start, end, NONE);
		}

		LocalDateTime local() {
			return date.atStartOfDay().plusMinutes(minute);
		}

		Slot slot(ZoneId zone, List<String> technicians) {
			return new Slot(ZonedDateTime.ofLocal(local(), zone, offset), Instant.ofEpochSecond(0, end).atZone(zone),
					technicians);
		}

	}

}
