package org.fieldbook.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Typed text keeps its directional formatting characters to itself; messages quote values escaped. */
class BidiTest {

	private final Bidi bidi = new Bidi();

	@Test
	void textWithoutFormattingCharactersIsLeftAsItIs() {
		assertThat(bidi.contain("Sam")).isEqualTo("Sam");
		assertThat(bidi.contain("שרה")).isEqualTo("שרה");
		assertThat(Bidi.NONE.contain(null)).isNull();
	}

	@Test
	void anOverrideIsClosedWithinTheTextAndItsStrayIsolateClosersAreDropped() {
		// FSI … PDI around the text; a PDI of its own would close that isolate early, one it opened is closed too.
		assertThat(bidi.contain("\u202Eabc")).isEqualTo("\u2068\u202Eabc\u2069");
		assertThat(Bidi.NONE.contain("\u2069\u202Eabc")).isEqualTo("\u2068\u202Eabc\u2069");
		assertThat(bidi.contain("\u2067x\u2069y\u2066z")).isEqualTo("\u2068\u2067x\u2069y\u2066z\u2069\u2069");
	}

	@Test
	void aQuotedValueShowsItsInvisibleCharactersAndIsShort() {
		assertThat(Quoted.of("a\u0000b\u202Ec\r\n")).isEqualTo("\"a\\u0000b\\u202Ec\\u000D\\u000A\"");
		assertThat(Quoted.of("x".repeat(61))).isEqualTo("\"" + "x".repeat(60) + "…\" (61 characters)");
		assertThat(Quoted.of(null)).isEqualTo("null");
	}

}
