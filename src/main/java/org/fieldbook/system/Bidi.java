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

	public String isolate(String text) {
		return text == null ? null : LEFT_TO_RIGHT_ISOLATE + text + POP_DIRECTIONAL_ISOLATE;
	}

}
