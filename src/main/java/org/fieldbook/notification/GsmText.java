package org.fieldbook.notification;

/**
 * SMS text in the GSM 03.38 alphabet, which fits 160 characters in one segment (any other character makes the
 * whole message UCS-2, 70 characters a segment). Typographic dashes and quotes are replaced by their GSM forms.
 */
final class GsmText {

	static final int SEGMENT = 160;

	private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String EXTENDED = "^{}\\[~]|€";

	private GsmText() {
	}

	static String normalize(String text) {
		return text.replace('–', '-').replace('—', '-').replace('’', '\'').replace('‘', '\'').replace('“', '"')
			.replace('”', '"').replace('\u00a0', ' ').replace('\u202f', ' ');
	}

	/** Whether the text is GSM-7 only. */
	static boolean isGsm(String text) {
		return text.chars().allMatch(c -> BASIC.indexOf(c) >= 0 || EXTENDED.indexOf(c) >= 0);
	}

	/** Septets used: the extension characters take two. */
	static int septets(String text) {
		return text.chars().map(c -> EXTENDED.indexOf(c) >= 0 ? 2 : 1).sum();
	}

	static boolean fitsOneSegment(String text) {
		return isGsm(text) && septets(text) <= SEGMENT;
	}

}
