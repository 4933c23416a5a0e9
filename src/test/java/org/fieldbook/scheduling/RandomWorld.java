package org.fieldbook.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Small random worlds for comparing the engine with {@link SlotOracle}, each built from one seed by
 * {@code java.util.Random}, so that a seed replays its world exactly: a few technicians in zones with DST (one of
 * them with a 30-minute switch), searches that often start near a DST switch, working hours that cross switch
 * times, time off, bookings, crews and three travel estimates. Whatever depends on now is generated relative to it.
 */
final class RandomWorld {

	static final List<String> ZONES = List.of("America/Chicago", "America/Denver", "Europe/Berlin", "Asia/Jerusalem",
			"Australia/Lord_Howe", "America/St_Johns", "UTC");

	/** Days of a DST switch in at least one of the zones (Jerusalem on 2026-03-27, Lord Howe on 2026-10-04). */
	static final List<LocalDate> SWITCH_DAYS = List.of(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 27),
			LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 4), LocalDate.of(2026, 10, 25), LocalDate.of(2026, 11, 1),
			LocalDate.of(2027, 4, 4));

	static final List<String> SKILLS = List.of("hvac", "gas", "solar");

	static final List<String> TERRITORIES = List.of("north", "south");

	static final List<String> NAMES = List.of("ana", "ben", "cy", "dee", "eve", "fay");

	static final GeoPoint CENTRE = new GeoPoint(41.88, -87.63);

	static final double KM_PER_DEGREE = HaversineTravelTime.EARTH_RADIUS_KM * Math.PI / 180;

	/** A whole search: the request, the technicians it is run against and how travel is estimated. */
	record World(long seed, SlotRequest request, List<Resource> technicians, Travel travel) {

		SlotSearchResult byEngine() {
			return new SlotEngine(travel.estimator()).search(request, technicians);
		}

		SlotSearchResult byOracle() {
			return new SlotOracle(travel.estimator()).search(request, technicians);
		}

		World with(SlotRequest otherRequest, List<Resource> otherTechnicians) {
			return new World(seed, otherRequest, List.copyOf(otherTechnicians), travel);
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder("travel ").append(travel).append("\n  ").append(request);
			technicians.forEach(technician -> text.append("\n  ").append(technician));
			return text.toString();
		}

	}

	/** A travel estimator with a name to show when a comparison fails. */
	record Travel(String name, TravelTimeEstimator estimator) {

		static final Travel DEFAULT = new Travel("haversine × 1.3 at 50 km/h", new HaversineTravelTime(1.3, 50));

		/** Makes jobs that end exactly when the next booking starts (or start when the last ends) common. */
		static final Travel NONE = new Travel("none", (from, to) -> 0);

		static final Travel SLOW = new Travel("haversine × 2 at 20 km/h", new HaversineTravelTime(2, 20));

		@Override
		public String toString() {
			return name;
		}

	}

	/** How the worlds of a property lean. */
	enum Flavour {

		ANY(false, false, false),
		/** Now 0 to 2 days before a DST switch of the request's zone. */
		SWITCH_NIGHTS(true, false, false),
		/** Many bookings with short gaps, and more often no travel, so that jobs touch. */
		BUSY(false, true, false),
		/**
		 * Now 0 to 2 days before a fall-back night of the request's zone, technicians mostly in other zones, with
		 * working hours that open or close inside the repeated hour as the request's clock sees it.
		 */
		FALL_BACK_ACROSS_ZONES(true, false, true);

		final boolean nearSwitchOnly;

		final boolean busy;

		final boolean fallBack;

		Flavour(boolean nearSwitchOnly, boolean busy, boolean fallBack) {
			this.nearSwitchOnly = nearSwitchOnly;
			this.busy = busy;
			this.fallBack = fallBack;
		}

		/** Fewer requests that no one qualifies for, so that more worlds reach what the property is about. */
		boolean easy() {
			return nearSwitchOnly || busy;
		}

	}

	private final Random random;

	private final Flavour flavour;

	private RandomWorld(long seed, Flavour flavour) {
		this.random = new Random(seed);
		this.flavour = flavour;
	}

	static World of(Flavour flavour, long seed) {
		return new RandomWorld(seed, flavour).world(seed);
	}

	private World world(long seed) {
		ZoneId zone = ZoneId.of(flavour.fallBack ? oneOf(ZONES.subList(0, ZONES.size() - 1)) : oneOf(ZONES));
		Instant now = now(zone);
		Travel travel = switch (weighted(6, flavour.busy ? 3 : 1, 1)) {
			case 0 -> Travel.DEFAULT;
			case 1 -> Travel.NONE;
			default -> Travel.SLOW;
		};
		SlotRequest request = request(zone, now);
		List<String> names = new ArrayList<>(NAMES);
		Collections.shuffle(names, random);
		int count = between(1, 6);
		List<Resource> technicians = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			technicians.add(technician(names.get(i), zone, now));
		}
		return new World(seed, request, List.copyOf(technicians), travel);
	}

	/**
	 * Mostly a few days before a DST switch of the request's zone or of another zone, at a random minute, sometimes
	 * with seconds.
	 */
	private Instant now(ZoneId zone) {
		LocalDate day;
		if (flavour.fallBack) {
			day = fallBackDay(zone, between(0, 1));
		}
		else {
			int kind = flavour.nearSwitchOnly ? 0 : weighted(2, 2, 1);
			day = switch (kind) {
				case 0 -> switchDay(zone, between(0, 3));
				case 1 -> oneOf(SWITCH_DAYS);
				default -> LocalDate.of(2026, 1, 1).plusDays(between(0, 729));
			};
		}
		int before = flavour.nearSwitchOnly ? between(0, 2) : between(-1, 4);
		int second = weighted(4, 1) == 0 ? 0 : between(1, 59);
		return day.minusDays(before).atStartOfDay(zone).plusMinutes(between(0, 24 * 60 - 1)).plusSeconds(second).toInstant();
	}

	/** The local date of the zone's n-th DST switch from 2026 on; for a zone without DST, a switch day elsewhere. */
	static LocalDate switchDay(ZoneId zone, int n) {
		ZoneOffsetTransition transition = zone.getRules().nextTransition(Instant.parse("2026-01-01T00:00:00Z"));
		for (int i = 0; i < n && transition != null; i++) {
			transition = zone.getRules().nextTransition(transition.getInstant());
		}
		return transition == null ? SWITCH_DAYS.get(n) : transition.getDateTimeBefore().toLocalDate();
	}

	/** The local date of the zone's n-th fall-back night from 2026 on (the zone has DST). */
	static LocalDate fallBackDay(ZoneId zone, int n) {
		ZoneOffsetTransition transition = zone.getRules().nextTransition(Instant.parse("2026-01-01T00:00:00Z"));
		int found = transition.isOverlap() ? 0 : -1;
		while (found < n) {
			transition = zone.getRules().nextTransition(transition.getInstant());
			found += transition.isOverlap() ? 1 : 0;
		}
		return transition.getDateTimeBefore().toLocalDate();
	}

	private SlotRequest request(ZoneId zone, Instant now) {
		Duration duration = Duration.ofMinutes(weighted(2, 1) == 0 ? 15 * between(1, 16) : between(15, 240));
		List<String> skillIds = new ArrayList<>(SKILLS);
		Collections.shuffle(skillIds, random);
		List<SkillRequirement> skills = new ArrayList<>();
		for (String skill : skillIds.subList(0, between(0, flavour.easy() ? 1 : 3))) {
			skills.add(new SkillRequirement(skill, weighted(8, 1) == 0 ? between(0, 3) : between(4, 10)));
		}
		int crew = 1 + weighted(5, 3, 2);
		GeoPoint location = nearby();
		String territory = random.nextDouble() < (flavour.easy() ? 0.7 : 0.3) ? null : oneOf(TERRITORIES);
		int radius = weighted(2, 1) == 0 ? 0 : between(5, 80);
		// Near a switch, today is 0 to 2 days before it; the window nearly always holds it.
		int minLead = between(0, flavour.nearSwitchOnly ? 1 : 2);
		int extraLead = flavour.nearSwitchOnly ? between(2, 3) : between(0, 4);
		int step = flavour.nearSwitchOnly ? oneOf(List.of(15, 30)) : oneOf(List.of(15, 30, 60));
		return new SlotRequest(duration, skills, crew, location, zone, territory, minLead, minLead + extraLead, radius, step, now,
				arrivalWindows());
	}

	/**
	 * In a third of the worlds (half of those on fall-back nights) arrival windows: a list of one to four, at quarter hours anywhere in the day (so that
	 * some hold a switch time, a window's last start, or a working interval's edge; on fall-back nights half of them
	 * hold the small hours), or a grid.
	 */
	private List<ArrivalWindow> arrivalWindows() {
		return switch (flavour.fallBack ? weighted(2, 1, 1) : weighted(4, 1, 1)) {
			case 0 -> List.of();
			case 1 -> {
				List<ArrivalWindow> windows = new ArrayList<>();
				for (int count = between(1, 4); count > 0; count--) {
					if (flavour.fallBack && random.nextBoolean()) {
						windows.add(new ArrivalWindow(quarter(between(0, 6)), quarter(between(7, 20))));
						continue;
					}
					int from = between(0, 94);
					windows.add(new ArrivalWindow(quarter(from), quarter(from + between(1, Math.min(24, 95 - from)))));
				}
				yield windows;
			}
			default -> ArrivalWindow.grid(Duration.ofMinutes(30L * between(1, 8)), Duration.ofMinutes(30L * between(1, 8)),
					quarter(between(0, 40)), quarter(between(48, 95)));
		};
	}

	private Resource technician(String id, ZoneId requestZone, Instant now) {
		double sameZone = flavour.fallBack ? 0.2 : flavour.nearSwitchOnly ? 0.5 : 0.2;
		ZoneId zone = random.nextDouble() < sameZone ? requestZone : ZoneId.of(oneOf(ZONES));
		GeoPoint home = nearby();
		Set<String> territories = switch (weighted(2, 2, 1)) {
			case 0 -> Set.of(oneOf(TERRITORIES));
			case 1 -> Set.copyOf(TERRITORIES);
			default -> Set.of();
		};
		Map<String, Integer> skills = new HashMap<>();
		for (String skill : SKILLS) {
			switch (weighted(1, 1, 6)) {
				case 0 -> {
				}
				case 1 -> skills.put(skill, between(0, 1));
				default -> skills.put(skill, between(2, 10));
			}
		}
		List<WeeklyHours> hours = workingHours();
		if (flavour.fallBack) {
			for (int i = between(1, 2); i > 0; i--) {
				hours.addAll(edgeInRepeatedHour(requestZone, zone, now));
			}
		}
		return new Resource(id, zone, home, territories, skills, hours, timeOff(now), bookings(now));
	}

	/** A usual week (or none) plus a few odd entries: around midnight, across switch times, on any day. */
	private List<WeeklyHours> workingHours() {
		List<WeeklyHours> hours = new ArrayList<>(switch (weighted(1, 3, 1)) {
			case 0 -> List.<WeeklyHours>of();
			case 1 -> daily(List.of(DayOfWeek.values()), LocalTime.of(oneOf(List.of(0, 6, 7, 8)), 0),
					LocalTime.of(oneOf(List.of(12, 17, 20)), 0));
			default -> weekdaysSplit();
		});
		for (int odd = between(0, flavour.nearSwitchOnly ? 6 : 4); odd > 0; odd--) {
			DayOfWeek day = oneOf(List.of(DayOfWeek.values()));
			if (weighted(3, 2) == 0) {
				int from = between(0, 94);
				int length = between(0, 94);
				hours.add(new WeeklyHours(day, quarter(from), quarter(from + 1 + length % (95 - from))));
			}
			else {
				int[] quarters = oneOf(List.of(new int[] { 0, 94 }, new int[] { 4, 16 }, new int[] { 8, 12 }, new int[] { 6, 10 },
						new int[] { 0, 10 }, new int[] { 9, 14 }, new int[] { 88, 94 }, new int[] { 10, 11 }));
				hours.add(new WeeklyHours(day, quarter(quarters[0]), quarter(quarters[1])));
			}
		}
		return hours;
	}

	/**
	 * One working interval of 1 to 8 hours that opens or closes, on the technician's clock, at a quarter hour inside
	 * the request zone's next repeated hour (either occurrence): there a local time of the request can be free at
	 * only one of its occurrences. None when the request's clock repeats no hour within the next week.
	 */
	private List<WeeklyHours> edgeInRepeatedHour(ZoneId requestZone, ZoneId technicianZone, Instant now) {
		ZoneOffsetTransition overlap = nextOverlap(requestZone, now);
		if (overlap == null) {
			return List.of();
		}
		int quarters = (int) overlap.getDuration().abs().toMinutes() / 15;
		Instant edge = overlap.getInstant().plus(Duration.ofMinutes(15L * between(-quarters, quarters)));
		LocalDateTime local = LocalDateTime.ofInstant(edge, technicianZone);
		LocalTime at = local.toLocalTime();
		LocalTime other = LocalTime.MIDNIGHT.plusHours(between(1, 8));
		boolean opens = random.nextBoolean();
		LocalTime from = opens ? at : at.minusHours(other.getHour());
		LocalTime to = opens ? at.plusHours(other.getHour()) : at;
		if (opens && !to.isAfter(from)) {
			to = LocalTime.of(23, 45);
		}
		if (!opens && !from.isBefore(to)) {
			from = LocalTime.MIDNIGHT;
		}
		return from.isBefore(to) ? List.of(new WeeklyHours(local.getDayOfWeek(), from, to)) : List.of();
	}

	private static ZoneOffsetTransition nextOverlap(ZoneId zone, Instant now) {
		ZoneOffsetTransition transition = zone.getRules().nextTransition(now.minus(Duration.ofDays(1)));
		while (transition != null && transition.getInstant().isBefore(now.plus(Duration.ofDays(8)))) {
			if (transition.isOverlap()) {
				return transition;
			}
			transition = zone.getRules().nextTransition(transition.getInstant());
		}
		return null;
	}

	static List<WeeklyHours> daily(List<DayOfWeek> days, LocalTime from, LocalTime to) {
		return days.stream().map(day -> new WeeklyHours(day, from, to)).toList();
	}

	static List<WeeklyHours> weekdaysSplit() {
		List<DayOfWeek> weekdays = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY);
		List<WeeklyHours> hours = new ArrayList<>(daily(weekdays, LocalTime.of(8, 0), LocalTime.of(12, 0)));
		hours.addAll(daily(weekdays, LocalTime.of(12, 0), LocalTime.of(16, 30)));
		return hours;
	}

	/** 00:00 plus so many quarters of an hour; 95 is 23:45. */
	static LocalTime quarter(int quarter) {
		return LocalTime.of(quarter / 4, 15 * (quarter % 4));
	}

	/** Up to two absences on the technician's clock, a quarter of an hour to three days long, near now. */
	private List<LocalPeriod> timeOff(Instant now) {
		LocalDateTime today = now.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay();
		List<LocalPeriod> timeOff = new ArrayList<>();
		for (int period = between(0, 2); period > 0; period--) {
			LocalDateTime from = today.plusDays(between(-1, 7)).plusMinutes(15L * between(0, 95));
			int quarters = weighted(3, 1) == 0 ? between(1, 48) : between(49, 288);
			timeOff.add(new LocalPeriod(from, from.plusMinutes(15L * quarters)));
		}
		return timeOff;
	}

	/**
	 * Bookings that never overlap: each starts a gap after the end of the one before, from a day before now, on a
	 * five-minute grid so that jobs sometimes end exactly where travel allows. Handed over latest first.
	 */
	private List<BookedJob> bookings(Instant now) {
		List<BookedJob> jobs = new ArrayList<>();
		Instant end = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(1));
		for (int booking = between(0, flavour.busy ? 20 : 8); booking > 0; booking--) {
			int gap = flavour.busy ? (weighted(4, 1) == 0 ? between(0, 24) : between(60, 200)) : switch (weighted(2, 2, 1)) {
				case 0 -> between(0, 36);
				case 1 -> between(36, 288);
				default -> between(288, 576);
			};
			Instant start = end.plus(Duration.ofMinutes(5L * gap));
			end = start.plus(Duration.ofMinutes(5L * between(1, 48)));
			jobs.add(0, new BookedJob(start, end, nearby()));
		}
		return jobs;
	}

	/** A place up to about 50 km from the centre, so that travel is 0 to about 150 minutes. */
	private GeoPoint nearby() {
		int north = between(-35, 35);
		int east = between(-35, 35);
		return new GeoPoint(CENTRE.lat() + north / KM_PER_DEGREE,
				CENTRE.lon() + east / (KM_PER_DEGREE * Math.cos(Math.toRadians(CENTRE.lat()))));
	}

	private int between(int min, int max) {
		return min + random.nextInt(max - min + 1);
	}

	private <T> T oneOf(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** The index of one of the weights, chosen in proportion to them. */
	private int weighted(int... weights) {
		int pick = random.nextInt(Arrays.stream(weights).sum());
		for (int i = 0;; i++) {
			pick -= weights[i];
			if (pick < 0) {
				return i;
			}
		}
	}

}
