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
 * @param arrivalWindows empty: exact starts are offered; else the windows of every date, on {@code zone}'s clock,
 *                     and only starts inside one of them count
 */
public record SlotRequest(Duration duration, List<SkillRequirement> skills, int crewSize, GeoPoint location,
		ZoneId zone, String territory, int minLeadDays, int maxLeadDays, int radiusKm, int stepMinutes, Instant now,
		List<ArrivalWindow> arrivalWindows) {

	public SlotRequest {
		skills = List.copyOf(skills);
		arrivalWindows = arrivalWindows.stream().distinct().sorted(ArrivalWindow.IN_DAY_ORDER).toList();
		if (duration.isNegative() || duration.isZero() || crewSize < 1 || stepMinutes < 1 || minLeadDays < 0
				|| maxLeadDays < minLeadDays || radiusKm < 0) {
			throw new IllegalArgumentException("Invalid slot request: " + duration + ", crew " + crewSize + ", step "
					+ stepMinutes + ", lead " + minLeadDays + "–" + maxLeadDays + ", radius " + radiusKm);
		}
	}

	/** A request for exact starts. */
	public SlotRequest(Duration duration, List<SkillRequirement> skills, int crewSize, GeoPoint location, ZoneId zone,
			String territory, int minLeadDays, int maxLeadDays, int radiusKm, int stepMinutes, Instant now) {
		this(duration, skills, crewSize, location, zone, territory, minLeadDays, maxLeadDays, radiusKm, stepMinutes, now,
				List.of());
	}

	public boolean inArrivalWindows() {
		return !arrivalWindows.isEmpty();
	}

	/** A copy that asks for these arrival windows (none: exact starts). */
	public SlotRequest withArrivalWindows(List<ArrivalWindow> windows) {
		return new SlotRequest(duration, skills, crewSize, location, zone, territory, minLeadDays, maxLeadDays, radiusKm,
				stepMinutes, now, windows);
	}

}
