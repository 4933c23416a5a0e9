package org.fieldbook.scheduling;

import java.util.Arrays;
import java.util.Comparator;

/**
 * One qualified technician against all candidate starts: finds the runs of starts whose job fits a working
 * interval, then walks only those in time order with a pointer into the technician's bookings, so that each
 * start costs a few comparisons and travel is estimated at most three times per booking. Times are
 * {@link Nanos}; candidate starts and ends are in ascending order.
 */
final class TechnicianSweep {

	private static final int UNKNOWN = -1;

	private static final Comparator<BookedJob> BY_START = Comparator.comparing(BookedJob::start);

	private final SlotRequest request;

	private final Resource technician;

	private final long[] starts;

	private final long[] ends;

	private final TravelTimeEstimator travel;

	private final boolean symmetric;

	private final LocalClock clock;

	private final BookedJob[] bookings;

	private final long[] bookingStarts;

	private final long[] bookingEnds;

	private final int[] travelFrom;

	private final int[] travelTo;

	private final int[] travelOnward;

	TechnicianSweep(SlotRequest request, Resource technician, long[] starts, long[] ends, TravelTimeEstimator travel,
			LocalClock.Clocks clocks) {
		this.request = request;
		this.technician = technician;
		this.starts = starts;
		this.ends = ends;
		this.travel = travel;
		this.symmetric = travel.isSymmetric();
		this.clock = clocks.of(technician.zone());
		this.bookings = technician.bookings().toArray(BookedJob[]::new);
		if (!inOrder(bookings)) {
			Arrays.sort(bookings, BY_START);
		}
		this.bookingStarts = new long[bookings.length];
		this.bookingEnds = new long[bookings.length];
		for (int i = 0; i < bookings.length; i++) {
			bookingStarts[i] = Nanos.of(bookings[i].start());
			bookingEnds[i] = Nanos.of(bookings[i].end());
		}
		this.travelFrom = unknown(bookings.length);
		this.travelTo = unknown(bookings.length);
		this.travelOnward = unknown(bookings.length);
	}

	private static boolean inOrder(BookedJob[] bookings) {
		for (int i = 1; i < bookings.length; i++) {
			if (bookings[i].start().isBefore(bookings[i - 1].start())) {
				return false;
			}
		}
		return true;
	}

	/** Offers the technician, under {@code standing}, for every candidate start it is free for. */
	void offerTo(CrewPicker picker, int standing) {
		if (starts.length == 0) {
			return;
		}
		int[] runs = startsInsideWorkingHours();
		long[][] timeOff = timeOff();
		int next = 0;
		for (int run = 0; run < runs.length; run += 2) {
			picker.working(runs[run], runs[run + 1]);
			for (int i = runs[run]; i < runs[run + 1]; i++) {
				long start = starts[i];
				long end = ends[i];
				while (next < bookings.length && bookingStarts[next] < end) {
					next++;
				}
				int previous = next - 1;
				boolean hasPrevious = previous >= 0;
				boolean hasNext = next < bookings.length;
				if (hasPrevious && bookingEnds[previous] > start || timeOff.length > 0 && overlapsTimeOff(timeOff, start, end)) {
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
	}

	/**
	 * The candidates whose whole job lies inside one working interval of the technician, as runs of indices
	 * {@code [from, to)} in ascending order, pairwise in one array: for an interval, those starting at or after it
	 * opens and ending by its close are one run, as starts and ends ascend together.
	 */
	private int[] startsInsideWorkingHours() {
		LocalClock.Days days = clock.daysAround(starts[0], ends[ends.length - 1]);
		Runs runs = new Runs();
		for (WeeklyHours hours : technician.hours()) {
			long firstOfItsDay = days.first() + Math.floorMod(hours.day().getValue() - days.firstDayOfWeek().getValue(), 7);
			for (long day = firstOfItsDay; day <= days.last(); day += 7) {
				runs.add(Nanos.firstAtOrAfter(starts, clock.nanos(day, hours.from())),
						Nanos.firstAtOrAfter(ends, clock.nanos(day, hours.to()) + 1));
			}
		}
		return runs.merged();
	}

	/** Runs of candidate indices {@code [from, to)}, kept pairwise in one array. */
	private static final class Runs {

		private int[] bounds = new int[32];

		private int size;

		private boolean ascending = true;

		void add(int from, int to) {
			if (from >= to) {
				return;
			}
			if (size == bounds.length) {
				bounds = Arrays.copyOf(bounds, size * 2);
			}
			ascending &= size == 0 || bounds[size - 2] <= from;
			bounds[size++] = from;
			bounds[size++] = to;
		}

		/** Overlapping or touching runs joined, in ascending order, as {@code from, to, from, to, …}. */
		int[] merged() {
			int[] runs = ascending ? bounds : sortedByStart();
			int[] merged = new int[size];
			int count = 0;
			for (int run = 0; run < size; run += 2) {
				if (count > 0 && runs[run] <= merged[count - 1]) {
					merged[count - 1] = Math.max(merged[count - 1], runs[run + 1]);
				}
				else {
					merged[count++] = runs[run];
					merged[count++] = runs[run + 1];
				}
			}
			return Arrays.copyOf(merged, count);
		}

		/** Out of order as they are found weekday by weekday, or where a switch moved an opening time. */
		private int[] sortedByStart() {
			long[] packed = new long[size / 2];
			for (int run = 0; run < size; run += 2) {
				packed[run / 2] = (long) bounds[run] << 32 | bounds[run + 1];
			}
			Arrays.sort(packed);
			int[] sorted = new int[size];
			for (int run = 0; run < packed.length; run++) {
				sorted[2 * run] = (int) (packed[run] >>> 32);
				sorted[2 * run + 1] = (int) packed[run];
			}
			return sorted;
		}

	}

	private long[][] timeOff() {
		long[][] periods = new long[technician.timeOff().size()][];
		for (int i = 0; i < periods.length; i++) {
			LocalPeriod period = technician.timeOff().get(i);
			periods[i] = new long[] { clock.nanos(period.from()), clock.nanos(period.to()) };
		}
		return periods;
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
			travelFrom[booking] = symmetric && travelTo[booking] != UNKNOWN ? travelTo[booking]
					: travel.minutes(bookings[booking].location(), request.location());
		}
		return travelFrom[booking];
	}

	private int travelTo(int booking) {
		if (travelTo[booking] == UNKNOWN) {
			travelTo[booking] = symmetric && travelFrom[booking] != UNKNOWN ? travelFrom[booking]
					: travel.minutes(request.location(), bookings[booking].location());
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
