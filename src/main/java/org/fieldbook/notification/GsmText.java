package org.fieldbook.notification;

import java.text.Normalizer;

/**
 * SMS text in the GSM 03.38 alphabet, which fits 160 characters in one segment (any other character makes the
 * whole message UCS-2, 70 characters a segment). Typographic dashes and quotes are replaced by their GSM forms, and
 * accented Latin letters outside GSM by the plain letter; scripts without GSM letters (Arabic, Hebrew) stay UCS-2.
 */
final class GsmText {

	static final int SEGMENT = 160;

	private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String EXTENDED = "^{}\\[~]|€";

	private GsmText() {
	}

	static String normalize(String text) {
		String plain = text.replace('–', '-').replace('—', '-').replace('’', '\'').replace('‘', '\'').replace('“', '"')
			.replace('”', '"').replace('\u00a0', ' ').replace('\u202f', ' ');
		StringBuilder gsm = new StringBuilder(plain.length());
		plain.codePoints().forEach(c -> gsm.append(isGsm(Character.toString(c)) ? Character.toString(c) : withoutAccent(c)));
		return gsm.toString();
	}

	/** á → a, ç → c, where the letter without its accent is GSM; any other character stays as it is. */
	private static String withoutAccent(int c) {
		String base = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return !base.isEmpty() && isGsm(base) ? base : Character.toString(c);
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
