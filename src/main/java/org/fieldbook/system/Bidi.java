package org.fieldbook.system;

import org.springframework.stereotype.Component;

/**
 * Keeps left-to-right fragments (phone numbers, email addresses) in their order inside right-to-left text, where
 * "+13125550199" would otherwise read "13125550199+". Templates call it as {@code ${@bidi.isolate(…)}} on pages
 * and {@code ${bidi.isolate(…)}} in emails.
 */
@Component("bidi")
public class Bidi {

	/** For left-to-right messages, where nothing needs isolating: plain-text emails stay free of invisible marks. */
	public static final Bidi NONE = new Bidi() {

		@Override
		public String isolate(String text) {
			return text;
		}

	};

	private static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';

	private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

	private static final char FIRST_STRONG_ISOLATE = '\u2068';

	public String isolate(String text) {
		return text == null ? null : LEFT_TO_RIGHT_ISOLATE + text + POP_DIRECTIONAL_ISOLATE;
	}

	/**
	 * Text someone typed, shown inside a sentence: its directional formatting characters (a right-to-left override
	 * U+202E in a name) act only within it, never on the words after it. Text without them is returned as it is, in
	 * every language.
	 */
	public String contain(String text) {
		if (text == null || text.chars().noneMatch(Bidi::isFormatting)) {
			return text;
		}
		StringBuilder contained = new StringBuilder().append(FIRST_STRONG_ISOLATE);
		int openIsolates = 0;
		for (char c : text.toCharArray()) {
			if (c == POP_DIRECTIONAL_ISOLATE) {
				if (openIsolates == 0) {
					continue; // it would close the isolate around the text
				}
				openIsolates--;
			}
			else if (c >= LEFT_TO_RIGHT_ISOLATE && c <= FIRST_STRONG_ISOLATE) {
				openIsolates++;
			}
			contained.append(c);
		}
		// The closing isolate ends every embedding and override opened inside it.
		return contained.append(String.valueOf(POP_DIRECTIONAL_ISOLATE).repeat(openIsolates + 1)).toString();
	}

	static boolean isFormatting(int c) {
		return (c >= '\u202A' && c <= '\u202E') || (c >= LEFT_TO_RIGHT_ISOLATE && c <= POP_DIRECTIONAL_ISOLATE);
	}

}
