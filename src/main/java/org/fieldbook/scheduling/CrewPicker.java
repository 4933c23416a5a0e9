package org.fieldbook.scheduling;

import java.util.Arrays;
import java.util.List;

/**
 * For every candidate start, how many technicians are free and the best crew among them, kept in one pass
 * (no list of offers, no sort): rank by fewest added travel minutes, then by the technician's standing
 * (highest proficiency, then smallest id), precomputed as one number.
 */
final class CrewPicker {

	private final int crewSize;

	private final int[] free;

	/** Per candidate, how many more technicians work from it on than up to it (one more entry, for the end). */
	private final int[] workingFrom;

	/** How many qualified technicians work for each candidate; summed from {@link #workingFrom}. */
	private int[] working;

	private final int[] added;

	private final int[] standing;

	CrewPicker(int candidates, int crewSize) {
		this.crewSize = crewSize;
		this.free = new int[candidates];
		this.workingFrom = new int[candidates + 1];
		this.added = new int[candidates * crewSize];
		this.standing = new int[candidates * crewSize];
		Arrays.fill(added, Integer.MAX_VALUE);
		Arrays.fill(standing, Integer.MAX_VALUE);
	}

	/**
	 * One more qualified technician has working hours that hold the jobs of candidates {@code from} to {@code to}
	 * (exclusive): counted as a difference at both ends, summed once when first asked.
	 */
	void working(int from, int to) {
		workingFrom[from]++;
		workingFrom[to]--;
		working = null;
	}

	boolean crewWorks(int candidate) {
		if (working == null) {
			working = new int[workingFrom.length - 1];
			int sum = 0;
			for (int i = 0; i < working.length; i++) {
				sum += workingFrom[i];
				working[i] = sum;
			}
		}
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

	/** The ids of the chosen crew, best first; {@code standings} are the technicians in the order of their standing. */
	List<String> crew(int candidate, List<Resource> standings) {
		String[] ids = new String[crewSize];
		for (int position = 0; position < crewSize; position++) {
			ids[position] = standings.get(standing[candidate * crewSize + position]).id();
		}
		return List.of(ids);
	}

	private static boolean better(int addedTravel, int standing, int otherAdded, int otherStanding) {
		return addedTravel < otherAdded || addedTravel == otherAdded && standing < otherStanding;
	}

}
