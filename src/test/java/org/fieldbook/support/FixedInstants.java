package org.fieldbook.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Runs a test of {@link AtFixedInstants} once at each of the instants where time-dependent code tends to break,
 * with the {@link TestClock} set before the test's own set-up runs.
 */
public final class FixedInstants implements TestTemplateInvocationContextProvider {

	/** A Tuesday, midday UTC (06:00 in Chicago). */
	public static final Instant MIDDAY = Instant.parse("2026-12-01T12:00:00Z");

	/** A Friday 23:50 UTC: Friday afternoon in Chicago, Saturday morning east of Greenwich. */
	public static final Instant FRIDAY_LATE = Instant.parse("2026-12-04T23:50:00Z");

	/** A Sunday 23:30 in Chicago, already Monday in UTC. */
	public static final Instant SUNDAY_NIGHT_CHICAGO = at("2026-12-06T23:30", "America/Chicago");

	/** Noon in Chicago on the day before the US spring change (2027-03-14: 02:00 CST becomes 03:00 CDT). */
	public static final Instant BEFORE_US_SPRING_CHANGE = at("2027-03-13T12:00", "America/Chicago");

	/** The EU autumn-change Sunday (03:00 CEST became 02:00 CET at 01:00 UTC), 02:30 CET in Berlin. */
	public static final Instant EU_AUTUMN_CHANGE = Instant.parse("2027-10-31T01:30:00Z");

	public static final List<Instant> ALL = List.of(FRIDAY_LATE, SUNDAY_NIGHT_CHICAGO, BEFORE_US_SPRING_CHANGE,
			EU_AUTUMN_CHANGE, MIDDAY);

	private static Instant at(String local, String zone) {
		return LocalDateTime.parse(local).atZone(ZoneId.of(zone)).toInstant();
	}

	@Override
	public boolean supportsTestTemplate(ExtensionContext context) {
		return context.getRequiredTestMethod().isAnnotationPresent(AtFixedInstants.class);
	}

	@Override
	public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
		return ALL.stream().map(At::new);
	}

	private record At(Instant instant) implements TestTemplateInvocationContext, BeforeEachCallback {

		@Override
		public String getDisplayName(int invocationIndex) {
			return "at " + instant;
		}

		@Override
		public List<Extension> getAdditionalExtensions() {
			return List.of(this);
		}

		@Override
		public void beforeEach(ExtensionContext context) {
			SpringExtension.getApplicationContext(context).getBean(TestClock.class).set(instant);
		}

	}

}
