package org.fieldbook.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A change saved against an older version of the settings is refused, naming who changed them and when. */
@FieldbookIntegrationTest
class SettingsVersionTest {

	@Autowired
	PortalSettingsService settings;

	@Autowired
	TestClock clock;

	@Test
	void aChangeMovesTheVersionAndAStaleOneIsRefusedWithTheNameOfTheFirst() {
		Instant at = Instant.parse("2026-12-01T09:15:00Z");
		clock.set(at);
		long read = settings.version().number();

		SettingsChange moving = row -> List.of(new SettingChanged("companyName", "A", "B"));
		SettingsVersion saved = settings.change(read, "ada", List.of(moving)).version();

		assertThat(saved).isEqualTo(new SettingsVersion(read + 1, "ada", at));
		assertThat(settings.version()).isEqualTo(saved);
		assertThatThrownBy(() -> settings.change(read, "bert", List.of(moving))).isInstanceOfSatisfying(SettingsChangedMeanwhileException.class,
				refused -> assertThat(refused.current()).isEqualTo(saved));
		assertThat(settings.version()).isEqualTo(saved);
	}

	@Test
	void aChangeThatMovesNoValueKeepsTheVersion() {
		SettingsVersion read = settings.version();

		SettingsChangeOutcome outcome = settings.change(read.number(), "ada", List.of(row -> List.of()));

		assertThat(outcome.changed()).isEmpty();
		assertThat(outcome.version()).isEqualTo(read);
		assertThat(settings.version()).isEqualTo(read);
	}

	@Test
	void aChangeWithAnInvalidPartWritesNothingAndNamesEveryRefusedField() {
		long read = settings.version().number();
		SettingsChange refused = row -> {
			throw new InvalidSettingsException(List.of(new InvalidSettingsException.FieldProblem("slotStepMinutes", "x")));
		};
		SettingsChange alsoRefused = row -> {
			throw new InvalidSettingsException(List.of(new InvalidSettingsException.FieldProblem("minimumLeadDays", "y")));
		};

		assertThatThrownBy(() -> settings.change(read, "ada", List.of(refused, alsoRefused)))
			.isInstanceOfSatisfying(InvalidSettingsException.class, invalid -> assertThat(invalid.problems())
				.extracting(InvalidSettingsException.FieldProblem::field)
				.containsExactly("slotStepMinutes", "minimumLeadDays"));
		assertThat(settings.version().number()).isEqualTo(read);
	}

}
