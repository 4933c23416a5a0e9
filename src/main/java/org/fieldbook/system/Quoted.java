package org.fieldbook.system;

/**
 * A value as an error message quotes it: in double quotes, at most 60 characters, and its control and directional
 * formatting characters written as {@code \u202E}, so that a message can neither break lines nor turn its own
 * words around.
 */
public final class Quoted {

	private static final int SHOWN = 60;

	private Quoted() {
	}

	public static String of(Object value) {
		if (value == null) {
			return "null";
		}
		String text = String.valueOf(value);
		StringBuilder quoted = new StringBuilder("\"");
		int end = Math.min(text.length(), SHOWN);
		if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		for (int i = 0; i < end; i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) || Bidi.isFormatting(c)) {
				quoted.append("\\u%04X".formatted((int) c));
			}
			else {
				quoted.append(c);
			}
		}
		return quoted.append(text.length() > SHOWN ? "…\" (" + text.length() + " characters)" : "\"").toString();
	}

}
