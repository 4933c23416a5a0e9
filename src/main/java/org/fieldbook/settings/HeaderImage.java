package org.fieldbook.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.fieldbook.settings.InvalidSettingsException.FieldProblem;

/** The header image of the portal settings: its bytes and the media type it was uploaded with. */
public record HeaderImage(byte[] bytes, String contentType) {

	/** The largest upload taken: the image is loaded by every portal page and email. */
	public static final int MAX_BYTES = 1024 * 1024;

	private static final Set<String> PICTURES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

	/**
	 * An uploaded picture, its type read from its first bytes (never from its name or the type the browser claims):
	 * PNG, JPEG, GIF or WebP of at most {@link #MAX_BYTES}.
	 *
	 * @throws InvalidSettingsException for field {@code headerImage} if it is empty, too large or no such picture
	 */
	public static HeaderImage upload(byte[] bytes) {
		if (bytes.length == 0) {
			throw refused("settings.invalid.image.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw refused("settings.invalid.image.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		return sniff(bytes).map(type -> new HeaderImage(bytes, type))
			.orElseThrow(() -> refused("settings.invalid.image.type"));
	}

	/** Only plain pictures are served: an SVG or HTML upload could carry script. */
	public boolean isPicture() {
		return isPicture(contentType);
	}

	/** For the audit log: {@code image/png, 2048 bytes}. */
	public String describe() {
		return contentType + ", " + bytes.length + " bytes";
	}

	static boolean isPicture(String contentType) {
		return contentType != null && PICTURES.contains(contentType.toLowerCase(Locale.ROOT));
	}

	static Optional<String> sniff(byte[] bytes) {
		if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) {
			return Optional.of("image/png");
		}
		if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(bytes, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 0, 'G', 'I', 'F', '8', '9', 'a')) {
			return Optional.of("image/gif");
		}
		if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of("image/webp");
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, int offset, int... signature) {
		if (bytes.length < offset + signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((bytes[offset + i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

	private static InvalidSettingsException refused(String messageKey, Object... arguments) {
		return new InvalidSettingsException(List.of(new FieldProblem("headerImage", messageKey, arguments)));
	}

}
