package org.fieldbook.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;

/**
 * One qualified technician against all candidate starts: marks the starts whose job fits a working
 * interval, then walks them in time order with a pointer into the technician's bookings, so that each
 * start costs a few comparisons and travel is estimated at most three times per booking. Times are
 * {@link Nanos}; candidate starts and ends are in ascending order.
 */
final class TechnicianSweep {

	private static final int UNKNOWN = -1;

	private final SlotRequest request;

	private final Resource technician;

	private final long[] starts;

	private final long[] ends;

	private final TravelTimeEstimator travel;

	private final BookedJob[] bookings;

	private final long[] bookingStarts;

	private final long[] bookingEnds;

	private final int[] travelFrom;

	private final int[] travelTo;

	private final int[] travelOnward;

	TechnicianSweep(SlotRequest request, Resource technician, long[] starts, long[] ends, TravelTimeEstimator travel) {
		this.request = request;
		this.technician = technician;
		this.starts = starts;
		this.ends = ends;
		this.travel = travel;
		this.bookings = technician.bookings().stream().sorted(Comparator.comparing(BookedJob::start)).toArray(BookedJob[]::new);
		this.bookingStarts = Arrays.stream(bookings).mapToLong(booking -> Nanos.of(booking.start())).toArray();
		this.bookingEnds = Arrays.stream(bookings).mapToLong(booking -> Nanos.of(booking.end())).toArray();
		this.travelFrom = unknown(bookings.length);
		this.travelTo = unknown(bookings.length);
		this.travelOnward = unknown(bookings.length);
	}

	/** Offers the technician, under {@code standing}, for every candidate start it is free for. */
	void offerTo(CrewPicker picker, int standing) {
		if (starts.length == 0) {
			return;
		}
		boolean[] inWorkingHours = startsInsideWorkingHours();
		long[][] timeOff = timeOff();
		int next = 0;
		for (int i = 0; i < starts.length; i++) {
			if (!inWorkingHours[i]) {
				continue;
			}
			picker.working(i);
			long start = starts[i];
			long end = ends[i];
			while (next < bookings.length && bookingStarts[next] < end) {
				next++;
			}
			int previous = next - 1;
			boolean hasPrevious = previous >= 0;
			boolean hasNext = next < bookings.length;
			if (hasPrevious && bookingEnds[previous] > start || overlapsTimeOff(timeOff, start, end)) {
				continue;
			}
			int inbound = hasPrevious ? travelFrom(previous) : 0;
			if (hasPrevious && bookingEnds[previous] + inbound * Nanos.PER_MINUTE > start) {
				continue;
			}
			int outbound = hasNext ? travelTo(next) : 0;
			if (hasNext && end + outbound * Nanos.PER_MINUTE > bookingStarts[next]) {
				continue;
			}
			int added = hasPrevious && hasNext ? inbound + outbound - travelOnward(previous) : inbound + outbound;
			picker.offer(i, added, standing);
		}
	}

	/** Marks each candidate whose whole job lies inside one working interval of the technician. */
	private boolean[] startsInsideWorkingHours() {
		boolean[] inside = new boolean[starts.length];
		ZoneId zone = technician.zone();
		LocalDate from = LocalDate.ofInstant(Instant.ofEpochSecond(0, starts[0]), zone).minusDays(1);
		LocalDate to = LocalDate.ofInstant(Instant.ofEpochSecond(0, ends[ends.length - 1]), zone).plusDays(1);
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			for (WeeklyHours hours : technician.hours()) {
				if (hours.day() == date.getDayOfWeek()) {
					long open = Nanos.of(ZonedDateTime.of(date, hours.from(), zone).toInstant());
					long close = Nanos.of(ZonedDateTime.of(date, hours.to(), zone).toInstant());
					for (int i = firstStartAtOrAfter(open); i < inside.length && ends[i] <= close; i++) {
						inside[i] = true;
					}
				}
			}
		}
		return inside;
	}

	private int firstStartAtOrAfter(long instant) {
		int found = Arrays.binarySearch(starts, instant);
		if (found < 0) {
			return -found - 1;
		}
		while (found > 0 && starts[found - 1] == instant) {
			found--;
		}
		return found;
	}

	private long[][] timeOff() {
		return technician.timeOff()
			.stream()
			.map(period -> new long[] { Nanos.of(ZonedDateTime.of(period.from(), technician.zone()).toInstant()),
					Nanos.of(ZonedDateTime.of(period.to(), technician.zone()).toInstant()) })
			.toArray(long[][]::new);
	}

	private static boolean overlapsTimeOff(long[][] timeOff, long start, long end) {
		for (long[] period : timeOff) {
			if (start < period[1] && period[0] < end) {
				return true;
			}
		}
		return false;
	}

	private int travelFrom(int booking) {
		if (travelFrom[booking] == UNKNOWN) {
			travelFrom[booking] = travel.minutes(bookings[booking].location(), request.location());
		}
		return travelFrom[booking];
	}

	private int travelTo(int booking) {
		if (travelTo[booking] == UNKNOWN) {
			travelTo[booking] = travel.minutes(request.location(), bookings[booking].location());
		}
		return travelTo[booking];
	}

	private int travelOnward(int booking) {
		if (travelOnward[booking] == UNKNOWN) {
			travelOnward[booking] = travel.minutes(bookings[booking].location(), bookings[booking + 1].location());
		}
		return travelOnward[booking];
	}

	private static int[] unknown(int length) {
		int[] minutes = new int[length];
		Arrays.fill(minutes, UNKNOWN);
		return minutes;
	}

}
