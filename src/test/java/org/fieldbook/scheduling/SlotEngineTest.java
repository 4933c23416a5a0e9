package org.fieldbook.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fieldbook.scheduling.Reason.Code;
import org.junit.jupiter.api.Test;

/**
 * One or more examples per rule of {@link SlotEngine} and per reason code. Unless a test says otherwise: the
 * request is in Chicago, now is Monday 2026-06-01 00:00 there, the window is that day only, the job takes 60
 * minutes, starts are every 60 minutes, one technician is needed, and technicians live at the job's location in
 * Chicago's zone. Travel is {@code HaversineTravelTime(1.3, 50)}: minutes = ceil(km × 1.3 ÷ 50 × 60) = ceil(km ×
 * 1.56).
 */
class SlotEngineTest {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	static final ZoneId DENVER = ZoneId.of("America/Denver");

	static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

	static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 8);

	static final LocalDate FALL_BACK = LocalDate.of(2026, 11, 1);

	/** Chicago falls back on Sunday 2027-11-07; Berlin has been on CET (+01:00) since 2027-10-31. */
	static final LocalDate FALL_BACK_2027 = LocalDate.of(2027, 11, 7);

	static final GeoPoint JOB = new GeoPoint(41.88, -87.63);

	static final double KM_PER_DEGREE = HaversineTravelTime.EARTH_RADIUS_KM * Math.PI / 180;

	/** Minutes = the difference of the latitudes in hundredths of a degree: travel that adds up on a line. */
	static final TravelTimeEstimator HUNDREDTHS_OF_LATITUDE = (from, to) -> (int) Math
		.round(Math.abs(from.lat() - to.lat()) * 100);

	final SlotEngine engine = new SlotEngine(new HaversineTravelTime(1.3, 50));

	// Window and candidate starts.

	@Test
	void windowRunsFromTodayPlusMinLeadToTodayPlusMaxLead() {
		SlotSearchResult result = search(request().lead(1, 3), tech("ana").everyDay("09:00", "10:00"));

		assertThat(result.days()).extracting(SlotDay::date)
			.containsExactly(MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(3));
		assertThat(startTimes(result)).containsExactly("09:00", "09:00", "09:00");
	}

	@Test
	void todayIsTheDateOfNowOnTheRequestClock() {
		// 2026-06-02T03:30Z is Monday 22:30 in Chicago, already Tuesday in UTC.
		SlotSearchResult result = search(request().now(Instant.parse("2026-06-02T03:30:00Z")).duration(30).step(30),
				tech("ana").everyDay("23:00", "23:45"));

		assertThat(result.days()).extracting(SlotDay::date).containsExactly(MONDAY);
		assertThat(startTimes(result)).containsExactly("23:00");
	}

	@Test
	void datesWithoutStartsAreLeftOut() {
		SlotSearchResult result = search(request().lead(0, 6), tech("ana").on(DayOfWeek.WEDNESDAY, "09:00", "10:00"));

		assertThat(result.days()).extracting(SlotDay::date).containsExactly(LocalDate.of(2026, 6, 3));
	}

	@Test
	void startsAreEveryStepFromLocalMidnightNotFromTheOpeningTime() {
		SlotSearchResult result = search(request().duration(45).step(45), tech("ana").on(DayOfWeek.MONDAY, "08:00", "12:00"));

		assertThat(startTimes(result)).containsExactly("08:15", "09:00", "09:45", "10:30", "11:15");
	}

	@Test
	void startBeforeNowIsNeverOffered() {
		SlotSearchResult result = search(request().now(chicago(MONDAY, "10:10")).duration(30).step(30),
				tech("ana").on(DayOfWeek.MONDAY, "08:00", "12:00"));

		assertThat(startTimes(result)).containsExactly("10:30", "11:00", "11:30");
	}

	@Test
	void startAtExactlyNowIsOffered() {
		SlotSearchResult result = search(request().now(chicago(MONDAY, "10:00")),
				tech("ana").on(DayOfWeek.MONDAY, "08:00", "12:00"));

		assertThat(startTimes(result)).containsExactly("10:00", "11:00");
	}

	@Test
	void springForwardNightHasNo0200Or0230Start() {
		// Chicago, Sunday 2026-03-08: 02:00 CST is followed by 03:00 CDT.
		SlotSearchResult result = search(request().now(chicago(SPRING_FORWARD, "00:00")).duration(30).step(30),
				tech("ana").on(DayOfWeek.SUNDAY, "00:00", "06:00"));

		assertThat(startTimes(result)).containsExactly("00:00", "00:30", "01:00", "01:30", "03:00", "03:30", "04:00", "04:30",
				"05:00", "05:30");
	}

	@Test
	void fallBackNightOffersEachLocalTimeOnceAtTheEarlierOffset() {
		// Chicago, Sunday 2026-11-01: 01:00 to 01:59 happen first in CDT (-05:00), then again in CST (-06:00).
		SlotSearchResult result = search(request().now(chicago(FALL_BACK, "00:00")).duration(30).step(30),
				tech("ana").on(DayOfWeek.SUNDAY, "00:00", "04:00"));

		assertThat(startTimes(result)).containsExactly("00:00", "00:30", "01:00", "01:30", "02:00", "02:30", "03:00", "03:30");
		assertThat(slotAt(result, "01:00").start().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
		assertThat(slotAt(result, "01:30").start().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
		assertThat(slotAt(result, "02:00").start().getOffset()).isEqualTo(ZoneOffset.ofHours(-6));
	}

	@Test
	void fallBackNightOffersTheSecondOccurrenceWhenOnlyItIsFree() {
		// Berlin 08:00 to 10:00 CET is 07:00Z to 09:00Z: Chicago's second 01:00 (CST, -06:00) to 03:00 CST. The first
		// 01:00 (CDT, 06:00Z) is Berlin 07:00, outside the hours, so 01:00 is offered at 2027-11-07T01:00-06:00.
		SlotSearchResult result = search(request().now(chicago(FALL_BACK_2027, "00:00")),
				tech("ana").zone(BERLIN).on(DayOfWeek.SUNDAY, "08:00", "10:00"));

		assertThat(startTimes(result)).containsExactly("01:00", "02:00");
		assertThat(slotAt(result, "01:00").start().toInstant()).isEqualTo(Instant.parse("2027-11-07T07:00:00Z"));
		assertThat(slotAt(result, "01:00").start().getOffset()).isEqualTo(ZoneOffset.ofHours(-6));
	}

	@Test
	void fallBackNightOffersATimeFreeAtBothOccurrencesOnceAtTheFirst() {
		// Berlin 07:00 to 10:00 CET is 06:00Z to 09:00Z: both 01:00s (06:00Z at -05:00, 07:00Z at -06:00) are free;
		// 01:00 is offered once, at 06:00Z, then 02:00 CST (08:00Z).
		SlotSearchResult result = search(request().now(chicago(FALL_BACK_2027, "00:00")),
				tech("ana").zone(BERLIN).on(DayOfWeek.SUNDAY, "07:00", "10:00"));

		assertThat(startTimes(result)).containsExactly("01:00", "02:00");
		assertThat(slotAt(result, "01:00").start().toInstant()).isEqualTo(Instant.parse("2027-11-07T06:00:00Z"));
		assertThat(slotAt(result, "01:00").start().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
	}

	@Test
	void fallBackAcrossMidnightKeepsTheStartsInTimeOrder() {
		// St John's fell back at 00:01 NDT (-02:30) on 2006-10-29 to 23:01 NST (-03:30) on the 28th: Saturday 23:30
		// is 02:00Z and 03:00Z, Sunday 00:00 is 02:30Z and 03:30Z. Working 02:00Z to 04:00Z, booked 03:00Z to 03:30Z
		// here: Saturday 23:30 at 02:00Z, and Sunday 00:00 at 02:30Z, which ends as the booking starts.
		ZoneId stJohns = ZoneId.of("America/St_Johns");
		SlotSearchResult result = search(
				request().zone(stJohns).now(Instant.parse("2006-10-29T01:00:00Z")).lead(0, 1).duration(30).step(30),
				tech("ana").zone(ZoneId.of("UTC"))
					.on(DayOfWeek.SUNDAY, "02:00", "04:00")
					.booking(Instant.parse("2006-10-29T03:00:00Z"), Instant.parse("2006-10-29T03:30:00Z"), JOB));

		assertThat(result.days()).extracting(day -> day.date() + " " + day.slots().stream().map(slot -> slot.start().toInstant()).toList())
			.containsExactly("2006-10-28 [2006-10-29T02:00:00Z]", "2006-10-29 [2006-10-29T02:30:00Z]");
	}

	@Test
	void lordHoweSpringForwardSkipsOnlyItsHalfHourGap() {
		// Lord Howe Island, Sunday 2026-10-04: 02:00 +10:30 is followed by 02:30 +11:00.
		SlotSearchResult result = search(
				request().zone(LORD_HOWE).now(ZonedDateTime.of(LocalDate.of(2026, 10, 4), LocalTime.MIDNIGHT, LORD_HOWE).toInstant())
					.duration(15)
					.step(15),
				tech("ana").zone(LORD_HOWE).on(DayOfWeek.SUNDAY, "01:00", "03:00"));

		assertThat(startTimes(result)).containsExactly("01:00", "01:15", "01:30", "01:45", "02:30", "02:45");
	}

	@Test
	void jobIsTheDurationInRealTimeSoItsEndShowsTheSwitch() {
		SlotSearchResult result = search(request().now(chicago(SPRING_FORWARD, "00:00")).step(30),
				tech("ana").on(DayOfWeek.SUNDAY, "01:00", "04:00"));

		// 01:30 CST + 60 minutes = 02:30 CST = 03:30 CDT
		assertThat(slotAt(result, "01:30").end()).isEqualTo(ZonedDateTime.parse("2026-03-08T03:30-05:00[America/Chicago]"));
		// 01:00 to 03:00 and 01:30 to 03:30 fit the working hours (until 04:00 CDT); 03:00 to 04:00 does too.
		assertThat(startTimes(result)).containsExactly("01:00", "01:30", "03:00");
	}

	// Working hours.

	@Test
	void jobMustFitInsideOneWorkingInterval() {
		// Two intervals that touch are not merged: 11:00 to 13:00 would need both.
		SlotSearchResult result = search(request().duration(120),
				tech("ana").on(DayOfWeek.MONDAY, "08:00", "12:00").on(DayOfWeek.MONDAY, "12:00", "16:00"));

		assertThat(startTimes(result)).containsExactly("08:00", "09:00", "10:00", "12:00", "13:00", "14:00");
	}

	@Test
	void workingHoursAreOnTheTechnicianClock() {
		// 08:00 to 10:00 in Denver is 09:00 to 11:00 in Chicago.
		SlotSearchResult result = search(request(), tech("ana").zone(DENVER).on(DayOfWeek.MONDAY, "08:00", "10:00"));

		assertThat(startTimes(result)).containsExactly("09:00", "10:00");
	}

	@Test
	void workingHoursFromInsideTheSpringGapOpenLaterByTheGap() {
		// ZonedDateTime.of(2026-03-08T02:30, Chicago) is 03:30 CDT: the gap time moves forward by the gap's hour.
		SlotSearchResult result = search(request().now(chicago(SPRING_FORWARD, "00:00")).duration(30).step(30),
				tech("ana").on(DayOfWeek.SUNDAY, "02:30", "05:00"));

		assertThat(startTimes(result)).containsExactly("03:30", "04:00", "04:30");
	}

	@Test
	void workingHoursEndingInTheRepeatedHourEndAtItsFirstOccurrence() {
		// Chicago, Sunday 2026-11-01, 00:00 to 01:30 at the earlier offset: 05:00Z to 06:30Z. Asked on UTC's clock,
		// which has starts at 06:30Z (01:30 CDT) and 07:00Z (01:00 CST) as well.
		ZoneId utc = ZoneId.of("UTC");
		SlotSearchResult result = search(request().zone(utc).now(Instant.parse("2026-11-01T00:00:00Z")).duration(30).step(30),
				tech("ana").on(DayOfWeek.SUNDAY, "00:00", "01:30"));

		assertThat(startTimes(result)).containsExactly("05:00", "05:30", "06:00");
	}

	// Time off.

	@Test
	void timeOffBlocksTheJobsThatOverlapIt() {
		SlotSearchResult result = search(request(),
				tech("ana").on(DayOfWeek.MONDAY, "08:00", "17:00").timeOff(MONDAY.atTime(12, 0), MONDAY.atTime(13, 0)));

		assertThat(startTimes(result)).containsExactly("08:00", "09:00", "10:00", "11:00", "13:00", "14:00", "15:00", "16:00");
	}

	@Test
	void timeOffIsOnTheTechnicianClock() {
		// Denver 06:00 to 12:00 is Chicago 07:00 to 13:00; time off Denver 08:00 to 09:00 is Chicago 09:00 to 10:00.
		SlotSearchResult result = search(request(),
				tech("ana").zone(DENVER).on(DayOfWeek.MONDAY, "06:00", "12:00").timeOff(MONDAY.atTime(8, 0), MONDAY.atTime(9, 0)));

		assertThat(startTimes(result)).containsExactly("07:00", "08:00", "10:00", "11:00", "12:00");
	}

	@Test
	void timeOffFromInsideTheSpringGapStartsLaterByTheGap() {
		// ZonedDateTime.of(2026-03-08T02:30, Chicago) is 03:30 CDT, so 03:00 to 03:30 is still free.
		SlotSearchResult result = search(request().now(chicago(SPRING_FORWARD, "00:00")).duration(30).step(30),
				tech("ana").on(DayOfWeek.SUNDAY, "00:00", "06:00")
					.timeOff(SPRING_FORWARD.atTime(2, 30), SPRING_FORWARD.atTime(5, 0)));

		assertThat(startTimes(result)).containsExactly("00:00", "00:30", "01:00", "01:30", "03:00", "05:00", "05:30");
	}

	@Test
	void timeOffCoversDaysUntilItsEnd() {
		SlotSearchResult result = search(request().lead(0, 3),
				tech("ana").everyDay("09:00", "10:00").timeOff(MONDAY.atTime(0, 0), MONDAY.plusDays(2).atTime(9, 30)));

		assertThat(result.days()).extracting(SlotDay::date).containsExactly(MONDAY.plusDays(3));
	}

	// Bookings.

	@Test
	void jobMustNotOverlapABookingButMayTouchIt() {
		SlotSearchResult result = search(new SlotEngine(HUNDREDTHS_OF_LATITUDE), request().step(30),
				tech("ana").on(DayOfWeek.MONDAY, "08:00", "13:00").booking("10:00", "11:00", JOB));

		assertThat(startTimes(result)).containsExactly("08:00", "08:30", "09:00", "11:00", "11:30", "12:00");
	}

	// Travel.

	@Test
	void travelFromPreviousJobMustFitBeforeStart() {
		// 12.0 km × 1.3 ÷ 50 km/h × 60 = 18.72 → 19 min: the booking ends 10:00, so 10:19 is the first start.
		SlotSearchResult result = search(request().step(1),
				tech("ana").on(DayOfWeek.MONDAY, "08:00", "12:00").booking("09:00", "10:00", north(12)));

		assertThat(startTimes(result)).first().isEqualTo("10:19");
		assertThat(startTimes(result)).hasSize(42).doesNotContain("10:18");
	}

	@Test
	void travelToNextJobMustFitAfterEnd() {
		// 19 min to a booking at 14:00 (12.0 km, as above): the job must end by 13:41, so start by 12:41.
		SlotSearchResult result = search(request().step(1),
				tech("ana").on(DayOfWeek.MONDAY, "12:00", "16:00").booking("14:00", "15:00", north(12)));

		List<String> starts = startTimes(result);
		assertThat(starts).contains("12:41").doesNotContain("12:42");
		assertThat(starts.subList(0, 42)).startsWith("12:00").endsWith("12:41");
		// After the booking: 15:19 to 15:00 + 60 minutes to close at 16:00 leaves nothing.
		assertThat(starts).hasSize(42);
	}

	@Test
	void travelFromAndToHomeIsNotCounted() {
		// Home is 40 km away (63 min), yet the first job of the day may start when the day starts.
		SlotSearchResult result = search(request(), tech("ana").home(north(40)).on(DayOfWeek.MONDAY, "08:00", "09:00"));

		assertThat(startTimes(result)).containsExactly("08:00");
	}

	@Test
	void onlyTheLatestEarlierBookingCountsForTravel() {
		// 08:00-09:00 is 45 km away (71 min, until 10:11), but 09:20-09:50 at the job's place comes after it.
		SlotSearchResult result = search(request(), tech("ana").on(DayOfWeek.MONDAY, "10:00", "11:00")
			.booking("08:00", "09:00", north(45))
			.booking("09:20", "09:50", JOB));

		assertThat(startTimes(result)).containsExactly("10:00");
	}

	// Crews.

	@Test
	void crewOfTwoNeedsTwoFreeTechnicians() {
		SlotSearchResult result = search(request().crew(2), tech("ben").on(DayOfWeek.MONDAY, "10:00", "14:00"),
				tech("ana").on(DayOfWeek.MONDAY, "08:00", "12:00"));

		assertThat(startTimes(result)).containsExactly("10:00", "11:00");
		assertThat(result.days().get(0).slots()).extracting(Slot::technicians)
			.containsExactly(List.of("ana", "ben"), List.of("ana", "ben"));
	}

	@Test
	void singleTechnicianIsOfferedWheneverFree() {
		SlotSearchResult result = search(request(), tech("ben").on(DayOfWeek.MONDAY, "10:00", "12:00"),
				tech("ana").on(DayOfWeek.MONDAY, "08:00", "10:00"));

		assertThat(result.days().get(0).slots()).extracting(slot -> local(slot) + " " + slot.technicians())
			.containsExactly("08:00 [ana]", "09:00 [ana]", "10:00 [ben]", "11:00 [ben]");
	}

	// Qualification.

	@Test
	void technicianBelowTheSkillLevelIsNotOffered() {
		SlotSearchResult result = search(request().skill("hvac", 5), tech("ana").skill("hvac", 4).everyDay("09:00", "10:00"),
				tech("ben").skill("hvac", 5).everyDay("09:00", "10:00"));

		assertThat(crews(result)).containsExactly(List.of("ben"));
	}

	@Test
	void missingSkillIsNotLevelZero() {
		SlotSearchResult result = search(request().skill("gas", 0), tech("ana").skill("hvac", 9).everyDay("09:00", "10:00"),
				tech("ben").skill("gas", 0).everyDay("09:00", "10:00"));

		assertThat(crews(result)).containsExactly(List.of("ben"));
	}

	@Test
	void technicianOutsideTheTerritoryIsNotOffered() {
		SlotSearchResult result = search(request().territory("north"),
				tech("ana").territories("south").everyDay("09:00", "10:00"),
				tech("ben").territories("north", "south").everyDay("09:00", "10:00"));

		assertThat(crews(result)).containsExactly(List.of("ben"));
	}

	@Test
	void requestWithoutTerritoryTakesAnyTechnician() {
		SlotSearchResult result = search(request(), tech("ana").everyDay("09:00", "10:00"));

		assertThat(crews(result)).containsExactly(List.of("ana"));
	}

	@Test
	void radiusExcludesFarTechnicians() {
		SlotSearchResult result = search(request().radius(20), tech("ana").home(north(25)).everyDay("09:00", "10:00"),
				tech("ben").home(north(15)).everyDay("09:00", "10:00"));

		assertThat(crews(result)).containsExactly(List.of("ben"));
	}

	@Test
	void radiusZeroMeansNoMaximum() {
		SlotSearchResult result = search(request().radius(0), tech("ana").home(north(500)).everyDay("09:00", "10:00"));

		assertThat(crews(result)).containsExactly(List.of("ana"));
	}

	// Assignment.

	@Test
	void assignmentPrefersFewestAddedTravel() {
		// ana comes from 12 km (19 min), ben from 6 km (6 × 1.56 = 9.36 → 10 min).
		SlotSearchResult result = search(request().skill("hvac", 1),
				tech("ana").skill("hvac", 9).on(DayOfWeek.MONDAY, "11:00", "12:00").booking("09:00", "10:00", north(12)),
				tech("ben").skill("hvac", 1).on(DayOfWeek.MONDAY, "11:00", "12:00").booking("09:00", "10:00", north(6)));

		assertThat(crews(result)).containsExactly(List.of("ben"));
	}

	@Test
	void equalTravelPrefersHigherProficiency() {
		SlotSearchResult result = search(request().skill("hvac", 1).skill("gas", 1),
				tech("ana").skill("hvac", 3).skill("gas", 3).everyDay("09:00", "10:00"),
				tech("ben").skill("hvac", 5).skill("gas", 2).everyDay("09:00", "10:00"));

		assertThat(crews(result)).containsExactly(List.of("ben"));
	}

	@Test
	void proficiencyCountsOnlyTheRequiredSkills() {
		// ana 3 + 3 = 6, ben 5 + 2 = 7, cy 3 + 3 = 6 (solar 10 is not asked for): ben, then ana before cy by id.
		SlotSearchResult result = search(request().skill("hvac", 1).skill("gas", 1).crew(3),
				tech("cy").skill("hvac", 3).skill("gas", 3).skill("solar", 10).everyDay("09:00", "10:00"),
				tech("ana").skill("hvac", 3).skill("gas", 3).everyDay("09:00", "10:00"),
				tech("ben").skill("hvac", 5).skill("gas", 2).everyDay("09:00", "10:00"));

		assertThat(crews(result)).containsExactly(List.of("ben", "ana", "cy"));
	}

	@Test
	void equalTravelAndProficiencyPreferSmallerId() {
		SlotSearchResult result = search(request().crew(3), tech("cy").everyDay("09:00", "10:00"),
				tech("bea").everyDay("09:00", "10:00"), tech("al").everyDay("09:00", "10:00"));

		assertThat(crews(result)).containsExactly(List.of("al", "bea", "cy"));
	}

	@Test
	void assignmentPrefersFewestAddedTravelThenProficiencyThenId() {
		// dee: 0 min (no bookings), proficiency 2; cy: 0 min, proficiency 2; bea: 0 min, proficiency 9;
		// al: 10 min (from 6 km), proficiency 9. Crew of three: bea (0, 9), cy (0, 2, id before dee), dee.
		SlotSearchResult result = search(request().skill("hvac", 1).crew(3),
				tech("al").skill("hvac", 9).on(DayOfWeek.MONDAY, "11:00", "12:00").booking("09:00", "10:00", north(6)),
				tech("bea").skill("hvac", 9).on(DayOfWeek.MONDAY, "11:00", "12:00"),
				tech("dee").skill("hvac", 2).on(DayOfWeek.MONDAY, "11:00", "12:00"),
				tech("cy").skill("hvac", 2).on(DayOfWeek.MONDAY, "11:00", "12:00"));

		assertThat(crews(result)).containsExactly(List.of("bea", "cy", "dee"));
	}

	@Test
	void addedTravelWithBothNeighboursIsTheDetour() {
		// Travel = hundredths of a degree of latitude. The job is at 0.30. ana drives 0.10 → 0.50 anyway:
		// 20 + 20 − 40 = 0 added. ben only comes from 0.25: 5 added. A crew of two is ana, then ben.
		SlotSearchResult result = search(new SlotEngine(HUNDREDTHS_OF_LATITUDE), request().location(latitude(0.30)).crew(2),
				tech("ben").on(DayOfWeek.MONDAY, "10:00", "11:00").booking("08:00", "09:00", latitude(0.25)),
				tech("ana").on(DayOfWeek.MONDAY, "10:00", "11:00")
					.booking("08:00", "09:00", latitude(0.10))
					.booking("12:00", "13:00", latitude(0.50)));

		assertThat(crews(result)).containsExactly(List.of("ana", "ben"));
	}

	@Test
	void addedTravelWithOneNeighbourIsThatLeg() {
		// The job is at 0.30. cy has no bookings: 0. ben comes from 0.20: 10. ana goes on to 0.45: 15.
		SlotSearchResult result = search(new SlotEngine(HUNDREDTHS_OF_LATITUDE), request().location(latitude(0.30)).crew(3),
				tech("ana").on(DayOfWeek.MONDAY, "10:00", "11:00").booking("12:00", "13:00", latitude(0.45)),
				tech("ben").on(DayOfWeek.MONDAY, "10:00", "11:00").booking("08:00", "09:00", latitude(0.20)),
				tech("cy").on(DayOfWeek.MONDAY, "10:00", "11:00"));

		assertThat(crews(result)).containsExactly(List.of("cy", "ben", "ana"));
	}

	// Reasons.

	@Test
	void noReasonsWhenSomethingIsOffered() {
		SlotSearchResult result = search(request(), tech("ana").everyDay("09:00", "10:00"));

		assertThat(result.isEmpty()).isFalse();
		assertThat(result.reasons()).isEmpty();
	}

	@Test
	void noSkillReasonNamesSkillAndLevel() {
		SlotSearchResult result = search(request().skill("hvac", 5), tech("ana").skill("hvac", 3).everyDay("09:00", "10:00"),
				tech("ben").skill("hvac", 4).everyDay("09:00", "10:00"), tech("cy").skill("gas", 9).everyDay("09:00", "10:00"));

		assertThat(result.days()).isEmpty();
		// count: the two technicians who have hvac at a lower level
		assertThat(result.reasons()).containsExactly(new Reason(Code.NO_SKILL, "hvac", 5, 2, null));
	}

	@Test
	void noSkillReasonsFollowTheRequestOrderAndLeaveOutSkillsSomeoneHas() {
		SlotSearchResult result = search(request().skill("solar", 2).skill("gas", 1).skill("hvac", 5),
				tech("ana").skill("hvac", 3).skill("gas", 1).everyDay("09:00", "10:00"));

		assertThat(result.reasons()).containsExactly(new Reason(Code.NO_SKILL, "solar", 2, 0, null),
				new Reason(Code.NO_SKILL, "hvac", 5, 1, null));
	}

	@Test
	void noSkillsTogetherWhenEachSkillIsHadButNeverAllByOne() {
		SlotSearchResult result = search(request().skill("hvac", 3).skill("gas", 3),
				tech("ana").skill("hvac", 5).everyDay("09:00", "10:00"), tech("ben").skill("gas", 5).everyDay("09:00", "10:00"));

		assertThat(result.reasons()).containsExactly(new Reason(Code.NO_SKILLS_TOGETHER, null, 0, 0, null));
	}

	@Test
	void skillReasonComesBeforeTerritory() {
		SlotSearchResult result = search(request().skill("hvac", 5).territory("north"),
				tech("ana").skill("hvac", 3).territories("south").everyDay("09:00", "10:00"));

		assertThat(result.reasons()).containsExactly(new Reason(Code.NO_SKILL, "hvac", 5, 1, null));
	}

	@Test
	void notInTerritoryReasonCountsSkilledTechniciansElsewhere() {
		// ana and ben are skilled but serve other territories; cy serves north but lacks the level.
		SlotSearchResult result = search(request().skill("hvac", 3).territory("north"),
				tech("ana").skill("hvac", 5).territories("south").everyDay("09:00", "10:00"),
				tech("ben").skill("hvac", 4).everyDay("09:00", "10:00"),
				tech("cy").skill("hvac", 1).territories("north").everyDay("09:00", "10:00"));

		assertThat(result.reasons()).containsExactly(new Reason(Code.NOT_IN_TERRITORY, "north", 0, 2, null));
	}

	@Test
	void outsideRadiusReasonNamesTheRadiusAndCountsThoseFartherAway() {
		// ana and ben serve north but live 25 and 30 km away; cy lives near but serves south.
		SlotSearchResult result = search(request().territory("north").radius(20),
				tech("ana").territories("north").home(north(25)).everyDay("09:00", "10:00"),
				tech("ben").territories("north").home(north(30)).everyDay("09:00", "10:00"),
				tech("cy").territories("south").home(north(5)).everyDay("09:00", "10:00"));

		assertThat(result.reasons()).containsExactly(new Reason(Code.OUTSIDE_RADIUS, "20", 0, 2, null));
	}

	@Test
	void crewTooSmallReasonCountsQualifiedTechnicians() {
		SlotSearchResult result = search(request().skill("hvac", 2).crew(3), tech("ana").skill("hvac", 2).everyDay("09:00", "10:00"),
				tech("ben").skill("hvac", 7).everyDay("09:00", "10:00"), tech("cy").skill("hvac", 1).everyDay("09:00", "10:00"));

		assertThat(result.reasons()).containsExactly(new Reason(Code.CREW_TOO_SMALL, null, 0, 2, null));
	}

	@Test
	void fullyBookedReasonNamesLastDateOfWindow() {
		SlotSearchResult result = search(request().lead(1, 3), tech("ana"), tech("ben"));

		assertThat(result.days()).isEmpty();
		assertThat(result.reasons()).containsExactly(new Reason(Code.FULLY_BOOKED, null, 0, 2, LocalDate.of(2026, 6, 4)));
	}

	@Test
	void fullyBookedWhenTheCrewIsNeverFreeTogether() {
		SlotSearchResult result = search(request().crew(2), tech("ana").on(DayOfWeek.MONDAY, "08:00", "10:00"),
				tech("ben").on(DayOfWeek.MONDAY, "10:00", "12:00"));

		assertThat(result.reasons()).containsExactly(new Reason(Code.FULLY_BOOKED, null, 0, 2, MONDAY));
	}

	@Test
	void fullyBookedCountsOnlyQualifiedTechnicians() {
		SlotSearchResult result = search(request().skill("hvac", 2).now(chicago(MONDAY, "23:30")),
				tech("ana").skill("hvac", 2).everyDay("09:00", "10:00"), tech("ben").skill("hvac", 1).everyDay("09:00", "10:00"));

		assertThat(result.reasons()).containsExactly(new Reason(Code.FULLY_BOOKED, null, 0, 1, MONDAY));
	}

	// Unavailable days.

	@Test
	void dayWithoutWorkingHoursIsNotWorking() {
		// The window is Monday to Wednesday; ana works on Mondays only.
		SlotSearchResult result = search(request().lead(0, 2), tech("ana").on(DayOfWeek.MONDAY, "09:00", "10:00"));

		assertThat(result.unavailableDays()).containsExactly(
				new SlotSearchResult.UnavailableDay(MONDAY.plusDays(1), new Reason(Code.NOT_WORKING, null, 0, 1, null)),
				new SlotSearchResult.UnavailableDay(MONDAY.plusDays(2), new Reason(Code.NOT_WORKING, null, 0, 1, null)));
	}

	@Test
	void dayWhoseWorkingHoursAreBookedIsFullyBookedUntilThatDay() {
		SlotSearchResult result = search(request().lead(0, 1),
				tech("ana").everyDay("09:00", "10:00").booking("09:00", "10:00", JOB));

		assertThat(result.days()).extracting(SlotDay::date).containsExactly(MONDAY.plusDays(1));
		assertThat(result.unavailableDays()).containsExactly(
				new SlotSearchResult.UnavailableDay(MONDAY, new Reason(Code.FULLY_BOOKED, null, 0, 1, MONDAY)));
	}

	@Test
	void noUnavailableDaysWhenNobodyQualifies() {
		SlotSearchResult result = search(request().skill("hvac", 5).lead(0, 2), tech("ana").everyDay("09:00", "10:00"));

		assertThat(result.unavailableDays()).isEmpty();
		assertThat(result.reasons()).extracting(Reason::code).containsExactly(Code.NO_SKILL);
	}

	// Arrival windows.

	@Test
	void windowWhoseOnlyFreeStartIsItsLastPossibleOneIsOfferedAtThatStart() {
		// Starts every hour: 08:00 to 11:00 lie inside 08:00–12:00; ana is booked until 11:00 and works until 13:00.
		SlotSearchResult result = search(request().windows("08:00-12:00"),
				tech("ana").everyDay("08:00", "13:00").booking("08:00", "11:00", JOB));

		assertThat(plans(result)).containsExactly("08:00-12:00 at 11:00 by [ana]");
	}

	@Test
	void windowWithoutAFreeStartInsideIsNotOfferedEvenWhenTheJobCouldStartAtItsEnd() {
		// 12:00 is free, but it is the end of the window, not inside it.
		SlotSearchResult result = search(request().windows("08:00-12:00"),
				tech("ana").everyDay("08:00", "13:00").booking("08:00", "11:30", JOB));

		assertThat(result.days()).isEmpty();
		assertThat(result.unavailableDays()).containsExactly(
				new SlotSearchResult.UnavailableDay(MONDAY, new Reason(Code.FULLY_BOOKED, null, 0, 1, MONDAY)));
	}

	@Test
	void windowWithALunchBreakInsideIsPlannedAfterTheBreak() {
		// 90 minutes from 10:00 to 14:00 every 30 minutes; the morning is booked, the job may not span 12:00–13:00.
		SlotSearchResult result = search(request().duration(90).step(30).windows("10:00-14:00"),
				tech("ana").everyDay("08:00", "12:00").everyDay("13:00", "17:00").booking("08:00", "11:00", JOB));

		assertThat(plans(result)).containsExactly("10:00-14:00 at 13:00 by [ana]");
	}

	@Test
	void crewWindowNeedsTheWholeCrewFreeAtOneStart() {
		// ana is free 08:00–10:00, ben 10:00–12:00: never both at once.
		Tech ana = tech("ana").everyDay("08:00", "10:00");
		Tech ben = tech("ben").everyDay("10:00", "12:00");
		assertThat(search(request().crew(2).windows("08:00-12:00"), ana, ben).days()).isEmpty();

		// cy is free 09:00–11:00: with ana at 09:00, with ben at 10:00; the earlier start wins (no travel added).
		SlotSearchResult result = search(request().crew(2).windows("08:00-12:00"), ana, ben, tech("cy").everyDay("09:00", "11:00"));

		assertThat(plans(result)).containsExactly("08:00-12:00 at 09:00 by [ana, cy]");
	}

	@Test
	void plannedStartAddsTheFewestTravelMinutesThenIsTheEarliest() {
		// ana could start at 08:00 but then drives 10 km to her 09:30 job: 16 added minutes (ceil(10 × 1.56)).
		// ben at 10:00 adds none, and so would cy at 11:00: ben's is the earlier of the two.
		SlotSearchResult result = search(request().windows("08:00-12:00"),
				tech("ana").everyDay("08:00", "09:00").booking("09:30", "10:30", north(10)),
				tech("ben").everyDay("10:00", "11:00"), tech("cy").everyDay("11:00", "12:00"));

		assertThat(plans(result)).containsExactly("08:00-12:00 at 10:00 by [ben]");
	}

	@Test
	void windowsOfADayAreOfferedInTheirOrderEachWithItsOwnPlan() {
		SlotSearchResult result = search(request().windows("12:00-16:00", "08:00-12:00", "16:00-20:00"),
				tech("ana").everyDay("09:00", "14:00"));

		assertThat(plans(result)).containsExactly("08:00-12:00 at 09:00 by [ana]", "12:00-16:00 at 12:00 by [ana]");
		assertThat(result.days()).singleElement().satisfies(day -> assertThat(day.slots()).isEmpty());
	}

	@Test
	void windowAcrossTheFallBackHourKeepsItsWallClockBoundsAndHoldsBothOccurrences() {
		// Chicago repeats 01:00–02:00 on 2026-11-01. ana works 07:00–08:00 UTC: 01:00 CST, the second 01:00.
		Tech ana = tech("ana").zone(ZoneOffset.UTC).everyDay("07:00", "08:00");
		Ask night = request().now(chicago(FALL_BACK, "00:00")).step(30).windows("00:00-02:00", "00:00-01:30");

		SlotSearchResult result = search(night, ana);

		assertThat(plans(result)).containsExactly("00:00-01:30 at 01:00 by [ana]", "00:00-02:00 at 01:00 by [ana]");
		OfferedWindow whole = result.days().get(0).windows().get(1);
		assertThat(whole.start().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
		assertThat(whole.end().getOffset()).isEqualTo(ZoneOffset.ofHours(-6));
		assertThat(Duration.between(whole.start(), whole.end())).isEqualTo(Duration.ofHours(3));
		assertThat(whole.planned().start().toInstant()).isEqualTo(Instant.parse("2026-11-01T07:00:00Z"));
		// The earlier half of the night: 00:00–01:30 ends at the second 01:30, so it holds the second 01:00 too.
		assertThat(result.days().get(0).windows().get(0).end().toInstant()).isEqualTo(Instant.parse("2026-11-01T07:30:00Z"));
	}

	@Test
	void arrivalWindowGridRunsUntilTheLastWindowThatEndsInTime() {
		assertThat(ArrivalWindow.grid(Duration.ofHours(2), Duration.ofHours(2), LocalTime.of(8, 0), LocalTime.of(17, 0)))
			.extracting(window -> window.from() + "-" + window.to())
			.containsExactly("08:00-10:00", "10:00-12:00", "12:00-14:00", "14:00-16:00");
		assertThat(ArrivalWindow.grid(Duration.ofHours(4), Duration.ofHours(2), LocalTime.of(8, 0), LocalTime.of(16, 0)))
			.extracting(window -> window.from() + "-" + window.to())
			.containsExactly("08:00-12:00", "10:00-14:00", "12:00-16:00");
	}

	// Helpers.

	SlotSearchResult search(Ask request, Tech... technicians) {
		return search(engine, request, technicians);
	}

	static SlotSearchResult search(SlotEngine engine, Ask request, Tech... technicians) {
		SlotSearchResult result = engine.search(request.build(), Arrays.stream(technicians).map(Tech::build).toList());
		assertThat(result.zone()).isEqualTo(request.zone);
		return result;
	}

	/** Each offered window as "from-to at planned start by [crew]", local times, in order. */
	static List<String> plans(SlotSearchResult result) {
		return result.days()
			.stream()
			.flatMap(day -> day.windows().stream())
			.map(window -> window.start().toLocalTime() + "-" + window.end().toLocalTime() + " at " + local(window.planned())
					+ " by " + window.planned().technicians())
			.toList();
	}

	/** The local start times of all offered slots, "HH:mm", in order. */
	static List<String> startTimes(SlotSearchResult result) {
		return result.days().stream().flatMap(day -> day.slots().stream()).map(SlotEngineTest::local).toList();
	}

	/** The crews of all offered slots, in order. */
	static List<List<String>> crews(SlotSearchResult result) {
		return result.days().stream().flatMap(day -> day.slots().stream()).map(Slot::technicians).toList();
	}

	static Slot slotAt(SlotSearchResult result, String time) {
		return result.days()
			.stream()
			.flatMap(day -> day.slots().stream())
			.filter(slot -> local(slot).equals(time))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no slot at " + time + " in " + startTimes(result)));
	}

	static String local(Slot slot) {
		return slot.start().toLocalTime().toString();
	}

	static Instant chicago(LocalDate date, String time) {
		return ZonedDateTime.of(date, LocalTime.parse(time), CHICAGO).toInstant();
	}

	/** A place so many km due north of the job: the haversine distance is exactly that (along a meridian). */
	static GeoPoint north(double km) {
		return new GeoPoint(JOB.lat() + km / KM_PER_DEGREE, JOB.lon());
	}

	static GeoPoint latitude(double lat) {
		return new GeoPoint(lat, 0);
	}

	static Ask request() {
		return new Ask();
	}

	static Tech tech(String id) {
		return new Tech(id);
	}

	/** A slot request under construction, with the defaults of the class comment. */
	static final class Ask {

		int durationMinutes = 60;

		final List<SkillRequirement> skills = new ArrayList<>();

		int crew = 1;

		GeoPoint location = JOB;

		ZoneId zone = CHICAGO;

		String territory;

		int minLead;

		int maxLead;

		int radius;

		int step = 60;

		Instant now = chicago(MONDAY, "00:00");

		final List<ArrivalWindow> windows = new ArrayList<>();

		/** Arrival windows as "HH:mm-HH:mm". */
		Ask windows(String... spans) {
			for (String span : spans) {
				String[] bounds = span.split("-");
				windows.add(new ArrivalWindow(LocalTime.parse(bounds[0]), LocalTime.parse(bounds[1])));
			}
			return this;
		}

		Ask duration(int minutes) {
			durationMinutes = minutes;
			return this;
		}

		Ask skill(String skill, int minLevel) {
			skills.add(new SkillRequirement(skill, minLevel));
			return this;
		}

		Ask crew(int size) {
			crew = size;
			return this;
		}

		Ask location(GeoPoint place) {
			location = place;
			return this;
		}

		Ask zone(ZoneId id) {
			zone = id;
			return this;
		}

		Ask territory(String id) {
			territory = id;
			return this;
		}

		Ask lead(int min, int max) {
			minLead = min;
			maxLead = max;
			return this;
		}

		Ask radius(int km) {
			radius = km;
			return this;
		}

		Ask step(int minutes) {
			step = minutes;
			return this;
		}

		Ask now(Instant instant) {
			now = instant;
			return this;
		}

		SlotRequest build() {
			return new SlotRequest(Duration.ofMinutes(durationMinutes), skills, crew, location, zone, territory, minLead,
					maxLead, radius, step, now, windows);
		}

	}

	/** A technician under construction: lives at the job's place in Chicago's zone, with nothing else unless set. */
	static final class Tech {

		final String id;

		ZoneId zone = CHICAGO;

		GeoPoint home = JOB;

		Set<String> territories = Set.of();

		final Map<String, Integer> skills = new HashMap<>();

		final List<WeeklyHours> hours = new ArrayList<>();

		final List<LocalPeriod> timeOff = new ArrayList<>();

		final List<BookedJob> bookings = new ArrayList<>();

		Tech(String id) {
			this.id = id;
		}

		Tech zone(ZoneId id) {
			zone = id;
			return this;
		}

		Tech home(GeoPoint place) {
			home = place;
			return this;
		}

		Tech territories(String... ids) {
			territories = Set.of(ids);
			return this;
		}

		Tech skill(String skill, int level) {
			skills.put(skill, level);
			return this;
		}

		Tech on(DayOfWeek day, String from, String to) {
			hours.add(new WeeklyHours(day, LocalTime.parse(from), LocalTime.parse(to)));
			return this;
		}

		Tech everyDay(String from, String to) {
			for (DayOfWeek day : DayOfWeek.values()) {
				on(day, from, to);
			}
			return this;
		}

		Tech timeOff(LocalDateTime from, LocalDateTime to) {
			timeOff.add(new LocalPeriod(from, to));
			return this;
		}

		/** A booking on Monday 2026-06-01, times on Chicago's clock. */
		Tech booking(String from, String to, GeoPoint place) {
			bookings.add(new BookedJob(chicago(MONDAY, from), chicago(MONDAY, to), place));
			return this;
		}

		Tech booking(Instant from, Instant to, GeoPoint place) {
			bookings.add(new BookedJob(from, to, place));
			return this;
		}

		Resource build() {
			return new Resource(id, zone, home, territories, skills, hours, timeOff, bookings);
		}

	}

}
