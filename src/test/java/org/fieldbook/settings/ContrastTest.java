package org.fieldbook.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Known pairs of WCAG's contrast ratio. */
class ContrastTest {

	@Test
	void blackOnWhiteIsTwentyOneToOne() {
		assertThat(Contrast.of("#000000", "#ffffff").formatted()).isEqualTo("21.00:1");
		assertThat(Contrast.of("#ffffff", "#000000").ratio()).isEqualTo(21.0);
	}

	@Test
	void greySevensOnWhiteFallJustShortOfTheMinimumForText() {
		Contrast grey = Contrast.of("#777777", "#FFFFFF");

		assertThat(grey.formatted()).isEqualTo("4.48:1");
		assertThat(grey.enoughForText()).isFalse();
	}

	@Test
	void greySixesOnWhiteAreEnough() {
		// #767676 is the lightest grey with 4.5:1 on white (4.54:1)
		Contrast grey = Contrast.of("#767676", "#ffffff");

		assertThat(grey.formatted()).isEqualTo("4.54:1");
		assertThat(grey.enoughForText()).isTrue();
	}

	@Test
	void theSameColourTwiceIsOneToOne() {
		assertThat(Contrast.of("#0b5cad", "#0b5cad").ratio()).isEqualTo(1.0);
	}

	@Test
	void aValueThatIsNoColourHasNoContrast() {
		assertThat(Contrast.between("red", "#ffffff")).isEmpty();
		assertThat(Contrast.between("#ffffff", null)).isEmpty();
		assertThat(Contrast.between(" #000000", "#ffffff")).hasValueSatisfying(contrast -> assertThat(contrast.ratio()).isEqualTo(21.0));
	}

}
