package org.fieldbook.workforce;

import java.util.List;
import java.util.Map;

import org.fieldbook.scheduling.SkillRequirement;

/**
 * Who may do a job, from the copy that slot search keeps, as of a workforce version.
 *
 * @param version      the workforce version the answer is as of; a caller that sees a newer one in the database asks
 *                     again with it
 * @param requirements the needs in the skills' external ids, ordered by external id
 * @param territory    the external id of the territory asked about, or null when none was
 * @param technicians  active technicians with every needed skill at its level, serving the territory, by id
 * @param times        the weekly hours and time off of each of them, by technician id
 */
public record QualifiedTechnicians(long version, List<SkillRequirement> requirements, String territory,
		List<TechnicianProfile> technicians, Map<Long, WorkingTime> times) {
}
