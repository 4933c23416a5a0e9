package org.fieldbook.scheduling;

/** How long a technician drives between two jobs; a routing service can replace the default estimate. */
public interface TravelTimeEstimator {

	/** Whole minutes, never negative. */
	int minutes(GeoPoint from, GeoPoint to);

}
