package org.fieldbook.web;

import org.fieldbook.settings.Branding;

/** The branding's font and colours as the CSS custom properties that {@code css/fieldbook.css} uses. */
public final class BrandingStylesheet {

	private BrandingStylesheet() {
	}

	/** The declarations, e.g. {@code --fb-font:system-ui, sans-serif;--fb-text:#1f2933;…}, for any selector. */
	public static String declarations(Branding branding) {
		return "--fb-font:" + cssValue(branding.fontFamily()) + ";--fb-text:" + branding.fontColor() + ";--fb-background:"
				+ branding.backgroundColor() + ";--fb-accent:" + branding.foregroundColor();
	}

	/** A font list is admin input: keep only what a font-family may contain. */
	private static String cssValue(String value) {
		return value.replaceAll("[^\\p{L}\\p{N} ,'\"-]", "");
	}

}
