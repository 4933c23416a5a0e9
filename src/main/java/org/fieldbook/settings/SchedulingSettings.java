package org.fieldbook.settings;

/**
 * The self-scheduling settings that bound what the portal offers.
 *
 * @param maxTravelRadiusKm 0 = no maximum
 */
public record SchedulingSettings(int minLeadDays, int maxLeadDays, int maxTravelRadiusKm, int slotStepMinutes,
		double travelRoadFactor, double travelSpeedKmh) {
}
