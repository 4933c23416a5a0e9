package org.fieldbook.backoffice.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fieldbook.backoffice.dispatch.Lane.Block;
import org.fieldbook.backoffice.dispatch.Lane.Shade;
import org.fieldbook.booking.DispatchBookings;
import org.fieldbook.booking.DispatchBookings.HeldVisit;
import org.fieldbook.customer.AccountSummary;
import org.fieldbook.customer.Contacts;
import org.fieldbook.scheduling.GeoPoint;
import org.fieldbook.scheduling.HaversineTravelTime;
import org.fieldbook.scheduling.LocalPeriod;
import org.fieldbook.scheduling.TravelTimeEstimator;
import org.fieldbook.scheduling.WeeklyHours;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.settings.SchedulingSettings;
import org.fieldbook.workforce.TechnicianSummary;
import org.fieldbook.workforce.TerritorySummary;
import org.fieldbook.workforce.WorkingTime;
import org.fieldbook.workforce.Workforce;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatch board: a territory's day on its clock, one lane per technician, and one technician's week. Travel is
 * estimated as the slot engine estimates it (the portal settings' road factor and speed). A fixed number of queries
 * per board, however many technicians and bookings it shows.
 */
@Service
class DispatchBoard {

	/** A territory's day: every territory to choose from, and the lanes of the chosen one's technicians. */
	record Day(List<TerritorySummary> territories, TerritorySummary territory, LocalDate date, int columns,
			List<Timeline.Tick> ticks, List<Lane> lanes) {
	}

	/** A technician's week on its own clock, Monday first: one lane per day. */
	record Week(TechnicianSummary technician, LocalDate monday, int columns, List<Timeline.Tick> ticks, List<Lane> days) {
	}

	private final Workforce workforce;

	private final DispatchBookings bookings;

	private final Contacts contacts;

	private final PortalSettingsService settings;

	DispatchBoard(Workforce workforce, DispatchBookings bookings, Contacts contacts, PortalSettingsService settings) {
		this.workforce = workforce;
		this.bookings = bookings;
		this.contacts = contacts;
		this.settings = settings;
	}

	List<TerritorySummary> territories() {
		return workforce.territories();
	}

	@Transactional(readOnly = true)
	Day day(TerritorySummary territory, List<TerritorySummary> territories,
			LocalDate date) {
		Timeline timeline = Timeline.of(date, territory.zone());
		List<TechnicianSummary> technicians = workforce.techniciansOf(territory.id());
		List<Long> ids = technicians.stream().map(TechnicianSummary::id).toList();
		Map<Long, WorkingTime> times = workforce.workingTimes(ids, timeline.start(), timeline.end());
		List<HeldVisit> held = bookings.heldBy(ids, timeline.start(), timeline.end());
		Map<Long, AccountSummary> accounts = accounts(held);
		TravelTimeEstimator travel = travel();
		List<Lane> lanes = technicians.stream()
			.map(technician -> lane(technician.name(), technician, timeline, times.get(technician.id()),
					held.stream().filter(visit -> visit.technicianId() == technician.id()).toList(), accounts, travel))
			.toList();
		return new Day(territories, territory, date, timeline.columns(), timeline.ticks(), lanes);
	}

	@Transactional(readOnly = true)
	Week week(TechnicianSummary technician, LocalDate anyDay) {
		LocalDate monday = anyDay.minusDays(anyDay.getDayOfWeek().getValue() - 1L);
		Instant from = monday.atStartOfDay(technician.zone()).toInstant();
		Instant to = monday.plusDays(7).atStartOfDay(technician.zone()).toInstant();
		WorkingTime time = workforce.workingTimes(List.of(technician.id()), from, to).get(technician.id());
		List<HeldVisit> held = bookings.heldBy(List.of(technician.id()), from, to);
		Map<Long, AccountSummary> accounts = accounts(held);
		TravelTimeEstimator travel = travel();
		List<Lane> days = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			Timeline timeline = Timeline.of(monday.plusDays(i), technician.zone());
			days.add(lane(timeline.date().toString(), technician, timeline, time, held, accounts, travel));
		}
		Timeline first = Timeline.of(monday, technician.zone());
		return new Week(technician, monday, first.columns(), first.ticks(), days);
	}

	private Map<Long, AccountSummary> accounts(List<HeldVisit> held) {
		return contacts.accounts(held.stream().map(HeldVisit::accountId).filter(Objects::nonNull).distinct().toList());
	}

	private TravelTimeEstimator travel() {
		SchedulingSettings limits = settings.scheduling();
		return new HaversineTravelTime(limits.travelRoadFactor(), limits.travelSpeedKmh());
	}

	private static Lane lane(String title, TechnicianSummary technician, Timeline timeline, WorkingTime time,
			List<HeldVisit> held, Map<Long, AccountSummary> accounts, TravelTimeEstimator travel) {
		WorkingTime known = time == null ? WorkingTime.NONE : time;
		List<Block> blocks = new ArrayList<>();
		GeoPoint previous = technician.home();
		for (HeldVisit visit : held) {
			if (!timeline.overlaps(visit.startsAt(), visit.endsAt())) {
				continue;
			}
			int minutes = travel.minutes(previous, visit.location());
			Instant leaves = visit.startsAt().minus(Duration.ofMinutes(minutes));
			AccountSummary account = visit.accountId() == null ? null : accounts.get(visit.accountId());
			String heldFor = visit.hold() == null ? null : visit.hold().heldFor();
			blocks.add(new Block(heldFor != null ? heldFor : visit.reference(),
					visit.reference() == null ? visit.externalId() : visit.reference(),
					visit.status(), timeline.time(visit.startsAt()), timeline.time(visit.endsAt()), visit.serviceType(),
					account == null ? null : account.name(), minutes, blocks.isEmpty(),
					timeline.span(visit.startsAt(), visit.endsAt()),
					minutes == 0 || !timeline.overlaps(leaves, visit.startsAt()) ? null : timeline.span(leaves, visit.startsAt()),
					visit.window() == null ? null
							: timeline.time(visit.window().from()) + "–" + timeline.time(visit.window().to()),
					heldFor, visit.hold() == null ? null : timeline.time(visit.hold().expiresAt())));
			previous = visit.location();
		}
		return new Lane(title, technician, timeline.columns(), working(known.hours(), technician.zone(), timeline),
				timeOff(known.timeOff(), technician.zone(), timeline), blocks);
	}

	/** Weekly hours are on the technician's clock, which may not be the board's: each local date near the day counts. */
	private static List<Shade> working(List<WeeklyHours> hours, ZoneId zone, Timeline timeline) {
		List<Shade> shades = new ArrayList<>();
		LocalDate last = timeline.end().atZone(zone).toLocalDate();
		for (LocalDate date = timeline.start().atZone(zone).toLocalDate().minusDays(1); !date.isAfter(last); date = date.plusDays(1)) {
			for (WeeklyHours interval : hours) {
				if (interval.day() == date.getDayOfWeek()) {
					shade(shades, date.atTime(interval.from()).atZone(zone), date.atTime(interval.to()).atZone(zone), timeline);
				}
			}
		}
		shades.sort((a, b) -> Integer.compare(a.span().from(), b.span().from()));
		return shades;
	}

	private static List<Shade> timeOff(List<LocalPeriod> periods, ZoneId zone, Timeline timeline) {
		List<Shade> shades = new ArrayList<>();
		for (LocalPeriod period : periods) {
			shade(shades, period.from().atZone(zone), period.to().atZone(zone), timeline);
		}
		return shades;
	}

	private static void shade(List<Shade> shades, ZonedDateTime from, ZonedDateTime to, Timeline timeline) {
		if (timeline.overlaps(from.toInstant(), to.toInstant())) {
			Instant start = from.toInstant().isBefore(timeline.start()) ? timeline.start() : from.toInstant();
			Instant end = to.toInstant().isAfter(timeline.end()) ? timeline.end() : to.toInstant();
			shades.add(new Shade(timeline.time(start), end.equals(timeline.end()) ? "24:00" : timeline.time(end),
					timeline.span(start, end)));
		}
	}

}
