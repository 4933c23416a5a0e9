package org.fieldbook.settings;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The contrast ratio of two colours as WCAG 2.x defines it (success criterion 1.4.3): from 1 (the same) to 21 (black
 * on white). Text needs at least {@link #MINIMUM_FOR_TEXT}.
 */
public record Contrast(double ratio) {

	public static final double MINIMUM_FOR_TEXT = 4.5;

	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

	/** Of two colours written {@code #rrggbb}; empty if either is written otherwise. */
	public static Optional<Contrast> between(String color, String otherColor) {
		if (color == null || otherColor == null || !COLOR.matcher(color.strip()).matches()
				|| !COLOR.matcher(otherColor.strip()).matches()) {
			return Optional.empty();
		}
		return Optional.of(of(color.strip(), otherColor.strip()));
	}

	static Contrast of(String color, String otherColor) {
		double one = luminance(color);
		double other = luminance(otherColor);
		return new Contrast((Math.max(one, other) + 0.05) / (Math.min(one, other) + 0.05));
	}

	public boolean enoughForText() {
		return ratio >= MINIMUM_FOR_TEXT;
	}

	/** The ratio as people write it, {@code 4.48:1}; never rounded up to the minimum it misses. */
	public String formatted() {
		double shown = Math.round(ratio * 100) / 100.0;
		return String.format(Locale.ROOT, "%.2f:1", enoughForText() ? shown : Math.min(shown, MINIMUM_FOR_TEXT - 0.01));
	}

	/** The relative luminance of an sRGB colour. */
	static double luminance(String color) {
		int rgb = Integer.parseInt(color.substring(1), 16);
		return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
	}

	private static double channel(int value) {
		double c = (value & 0xFF) / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
