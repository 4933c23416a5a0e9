package org.fieldbook.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GsmTextTest {

	@Test
	void typographicDashesAndQuotesBecomeTheirGsmForms() {
		assertThat(GsmText.normalize("Tue 3 Mar, 08:00–09:30 CST — “ok” it’s")).isEqualTo("Tue 3 Mar, 08:00-09:30 CST - \"ok\" it's");
	}

	@Test
	void accentedLettersOutsideGsmLoseTheirAccentWhileOtherScriptsStay() {
		assertThat(GsmText.normalize("sáb 28 nov, Cuándo, façade, mié")).isEqualTo("sab 28 nov, Cuando, façade, mié".replace("ç", "c"));
		assertThat(GsmText.normalize("موعدك")).isEqualTo("موعدك");
		assertThat(GsmText.isGsm(GsmText.normalize("visita reservada sáb 28 nov, 07:00–08:30 CST"))).isTrue();
	}

	@Test
	void aSegmentHolds160GsmSeptetsAndExtensionCharactersCountTwice() {
		assertThat(GsmText.fitsOneSegment("a".repeat(160))).isTrue();
		assertThat(GsmText.fitsOneSegment("a".repeat(161))).isFalse();
		assertThat(GsmText.fitsOneSegment("€".repeat(80))).isTrue();
		assertThat(GsmText.fitsOneSegment("€".repeat(81))).isFalse();
	}

	@Test
	void germanUmlautsAreGsmButArabicAndHebrewAreNot() {
		assertThat(GsmText.isGsm("Termin gebucht Di. 3 März, Nr. FB-7K3Q9")).isTrue();
		assertThat(GsmText.isGsm("موعدك")).isFalse();
		assertThat(GsmText.isGsm("התור שלך")).isFalse();
		assertThat(GsmText.isGsm("visita reservada mié")).as("é is GSM, but í is not").isTrue();
		assertThat(GsmText.isGsm("Cuándo")).isFalse();
	}

}
