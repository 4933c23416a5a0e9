package org.fieldbook.scheduling;

/** How long a technician drives between two jobs; a routing service can replace the default estimate. */
public interface TravelTimeEstimator {

	/** Whole minutes, never negative. */
	int minutes(GeoPoint from, GeoPoint to);

	/** Whether there and back take the same: the engine then asks once per pair of places. */
	default boolean isSymmetric() {
		return false;
	}

}
