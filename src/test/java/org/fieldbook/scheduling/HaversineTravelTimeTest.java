package org.fieldbook.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class HaversineTravelTimeTest {

	@Test
	void arcSineOfShortDistancesIsJavasToWithinARounding() {
		SplittableRandom random = new SplittableRandom(15);
		for (int i = 0; i < 100_000; i++) {
			double x = random.nextDouble(0, 0.02);
			double expected = Math.asin(x);
			assertThat(HaversineTravelTime.arcSine(x)).as("asin(%s)", x).isCloseTo(expected, within(2 * Math.ulp(expected)));
		}
		assertThat(HaversineTravelTime.arcSine(0)).isZero();
		assertThat(HaversineTravelTime.arcSine(0.5)).isEqualTo(Math.asin(0.5));
	}

	@Test
	void minutesAreTheCeilingOfTheStretchedDistanceAtTheAverageSpeed() {
		// 10 km due north: 10 × 1.3 ÷ 50 × 60 = 15.6 minutes, so 16; the same either way.
		GeoPoint job = new GeoPoint(41.88, -87.63);
		GeoPoint north = new GeoPoint(41.88 + 10 / RandomWorld.KM_PER_DEGREE, -87.63);
		HaversineTravelTime travel = new HaversineTravelTime(1.3, 50);

		assertThat(HaversineTravelTime.distanceKm(job, north)).isCloseTo(10, within(1e-9));
		assertThat(travel.minutes(job, north)).isEqualTo(16);
		assertThat(travel.minutes(north, job)).isEqualTo(16);
		assertThat(travel.minutes(job, job)).isZero();
	}

}
