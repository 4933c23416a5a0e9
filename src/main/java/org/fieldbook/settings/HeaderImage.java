package org.fieldbook.settings;

import java.util.Locale;
import java.util.Set;

/** The header image of the portal settings: its bytes and the media type it was uploaded with. */
public record HeaderImage(byte[] bytes, String contentType) {

	private static final Set<String> PICTURES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

	/** Only plain pictures are served: an SVG or HTML upload could carry script. */
	public boolean isPicture() {
		return isPicture(contentType);
	}

	static boolean isPicture(String contentType) {
		return contentType != null && PICTURES.contains(contentType.toLowerCase(Locale.ROOT));
	}

}
