package org.fieldbook.workforce;

import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.fieldbook.scheduling.GeoPoint;

/**
 * An active technician as slot search sees it, without its calendar.
 *
 * @param skills      skill external id → proficiency
 * @param territories territory external ids
 */
public record TechnicianProfile(long id, String externalId, ZoneId zone, GeoPoint home, Map<String, Integer> skills,
		Set<String> territories) {

	public TechnicianProfile {
		skills = Map.copyOf(skills);
		territories = Set.copyOf(territories);
	}

}
