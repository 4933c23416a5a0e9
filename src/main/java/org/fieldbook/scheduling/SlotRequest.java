package org.fieldbook.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What the customer asks for and the portal settings that bound it.
 *
 * @param location     the asset's functional location when it has one, else the account's address
 * @param zone         the account's time zone: the window, candidate starts and dates are on its clock
 * @param territory    the account's territory, or null when it has none
 * @param minLeadDays  first offered date = today + minLeadDays (today in {@code zone})
 * @param maxLeadDays  last offered date = today + maxLeadDays, inclusive
 * @param radiusKm     maximum distance from a technician's home to the location; 0 = no maximum
 * @param stepMinutes  candidate starts every so many minutes from local midnight
 */
public record SlotRequest(Duration duration, List<SkillRequirement> skills, int crewSize, GeoPoint location,
		ZoneId zone, String territory, int minLeadDays, int maxLeadDays, int radiusKm, int stepMinutes, Instant now) {

	public SlotRequest {
		skills = List.copyOf(skills);
		if (duration.isNegative() || duration.isZero() || crewSize < 1 || stepMinutes < 1 || minLeadDays < 0
				|| maxLeadDays < minLeadDays || radiusKm < 0) {
			throw new IllegalArgumentException("Invalid slot request: " + duration + ", crew " + crewSize + ", step "
					+ stepMinutes + ", lead " + minLeadDays + "–" + maxLeadDays + ", radius " + radiusKm);
		}
	}

}
