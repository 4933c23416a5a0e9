package org.fieldbook.scheduling;

import java.util.Arrays;

/**
 * For every candidate start, how many technicians are free and the best crew among them, kept in one pass
 * (no list of offers, no sort): rank by fewest added travel minutes, then by the technician's standing
 * (highest proficiency, then smallest id), precomputed as one number.
 */
final class CrewPicker {

	private final int crewSize;

	private final int[] free;

	private final int[] working;

	private final int[] added;

	private final int[] standing;

	CrewPicker(int candidates, int crewSize) {
		this.crewSize = crewSize;
		this.free = new int[candidates];
		this.working = new int[candidates];
		this.added = new int[candidates * crewSize];
		this.standing = new int[candidates * crewSize];
		Arrays.fill(added, Integer.MAX_VALUE);
		Arrays.fill(standing, Integer.MAX_VALUE);
	}

	/** One more qualified technician has working hours that hold the job of candidate {@code candidate}. */
	void working(int candidate) {
		working[candidate]++;
	}

	boolean crewWorks(int candidate) {
		return working[candidate] >= crewSize;
	}

	/** Technician {@code standingOfTechnician} is free for candidate {@code candidate} at that added travel. */
	void offer(int candidate, int addedTravel, int standingOfTechnician) {
		free[candidate]++;
		int base = candidate * crewSize;
		int last = base + crewSize - 1;
		if (!better(addedTravel, standingOfTechnician, added[last], standing[last])) {
			return;
		}
		int position = last;
		while (position > base && better(addedTravel, standingOfTechnician, added[position - 1], standing[position - 1])) {
			added[position] = added[position - 1];
			standing[position] = standing[position - 1];
			position--;
		}
		added[position] = addedTravel;
		standing[position] = standingOfTechnician;
	}

	boolean hasCrew(int candidate) {
		return free[candidate] >= crewSize;
	}

	/** The added travel minutes of the chosen crew together. */
	int addedTravel(int candidate) {
		int sum = 0;
		for (int position = candidate * crewSize; position < candidate * crewSize + crewSize; position++) {
			sum += added[position];
		}
		return sum;
	}

	/** The standings of the chosen crew, best first. */
	int[] crew(int candidate) {
		return Arrays.copyOfRange(standing, candidate * crewSize, candidate * crewSize + crewSize);
	}

	private static boolean better(int addedTravel, int standing, int otherAdded, int otherStanding) {
		return addedTravel < otherAdded || addedTravel == otherAdded && standing < otherStanding;
	}

}
