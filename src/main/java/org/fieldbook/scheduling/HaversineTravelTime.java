package org.fieldbook.scheduling;

/**
 * The default travel estimate: minutes = ceil(haversineKm × roadFactor ÷ speedKmh × 60), the great-circle
 * distance stretched by a road factor and driven at an average speed (portal settings, 1.3 and 50 km/h
 * by default).
 */
public final class HaversineTravelTime implements TravelTimeEstimator {

	static final double EARTH_RADIUS_KM = 6371.0088;

	private final double roadFactor;

	private final double speedKmh;

	public HaversineTravelTime(double roadFactor, double speedKmh) {
		if (roadFactor < 1 || speedKmh <= 0) {
			throw new IllegalArgumentException("roadFactor must be ≥ 1 and speedKmh > 0");
		}
		this.roadFactor = roadFactor;
		this.speedKmh = speedKmh;
	}

	/** There and back are computed alike, bit for bit, as {@link #isSymmetric()} promises. */
	@Override
	public int minutes(GeoPoint from, GeoPoint to) {
		boolean inOrder = from.lat() < to.lat() || from.lat() == to.lat() && from.lon() <= to.lon();
		double km = inOrder ? distanceKm(from, to) : distanceKm(to, from);
		return (int) Math.ceil(km * roadFactor / speedKmh * 60);
	}

	@Override
	public boolean isSymmetric() {
		return true;
	}

	public static double distanceKm(GeoPoint from, GeoPoint to) {
		double dLat = Math.toRadians(to.lat() - from.lat());
		double dLon = Math.toRadians(to.lon() - from.lon());
		double sinLat = Math.sin(dLat / 2);
		double sinLon = Math.sin(dLon / 2);
		double a = sinLat * sinLat + Math.cos(Math.toRadians(from.lat())) * Math.cos(Math.toRadians(to.lat())) * sinLon * sinLon;
		return 2 * EARTH_RADIUS_KM * arcSine(Math.min(1, Math.sqrt(a)));
	}

	/**
	 * Below 0.02 (255 km apart) by its series up to x⁹, whose next term is smaller than a thousandth of the last bit
	 * of a double: the same value to within a rounding, without the native call that {@link Math#asin} is on Java 17
	 * (a fifth of a slot search's time went into it).
	 */
	static double arcSine(double x) {
		if (x > 0.02) {
			return Math.asin(x);
		}
		double x2 = x * x;
		return x * (1 + x2 * (1.0 / 6 + x2 * (3.0 / 40 + x2 * (5.0 / 112 + x2 * (35.0 / 1152)))));
	}

}
