package org.fieldbook.scheduling;

import java.time.LocalDate;

/**
 * Why nothing can be offered, in terms a customer and an admin can act on.
 *
 * @param code    what stands in the way
 * @param subject the skill id, territory id or radius that the code concerns, or null
 * @param level   the minimum level for {@link Code#NO_SKILL}, else 0
 * @param count   how many technicians the reason concerns (see each code)
 * @param until   for {@link Code#FULLY_BOOKED}: the last date of the window, or the unavailable day; else null
 */
public record Reason(Code code, String subject, int level, int count, LocalDate until) {

	public enum Code {

		/** No technician has skill {@code subject} at level ≥ {@code level}; count: technicians with it at a lower level. */
		NO_SKILL,
		/** Every skill is had at its level by someone, but no technician has them all; count: 0. */
		NO_SKILLS_TOGETHER,
		/** No skilled technician serves territory {@code subject}; count: skilled technicians in other territories. */
		NOT_IN_TERRITORY,
		/** No skilled technician of the territory lives within {@code subject} km; count: those farther away. */
		OUTSIDE_RADIUS,
		/** Fewer qualified technicians than the crew needs; count: qualified technicians. */
		CREW_TOO_SMALL,
		/**
		 * Qualified technicians work, but none (or no crew) is free: for the whole window through {@code until},
		 * or, for one unavailable day, on that date ({@code until}); count: qualified technicians.
		 */
		FULLY_BOOKED,
		/** For one unavailable day: fewer than a crew of qualified technicians work at any start of it; count: qualified technicians. */
		NOT_WORKING

	}

	@Override
	public String toString() {
		return switch (code) {
			case NO_SKILL -> "no technician has skill " + subject + " at level ≥ " + level + " (" + count + " have it lower)";
			case NO_SKILLS_TOGETHER -> "no technician has all the required skills at their levels";
			case NOT_IN_TERRITORY -> "no qualified technician in territory " + subject + " (" + count + " elsewhere)";
			case OUTSIDE_RADIUS -> "no qualified technician within " + subject + " km (" + count + " farther away)";
			case CREW_TOO_SMALL -> "the job needs a crew, only " + count + " qualified technician(s)";
			case FULLY_BOOKED -> "fully booked until " + until + " (" + count + " qualified technician(s))";
			case NOT_WORKING -> "no qualified technician works then (" + count + " qualified technician(s))";
		};
	}

}
