package org.fieldbook.settings;

import java.time.Instant;

/**
 * Which version of the portal settings a screen or client has read: every saved change moves {@code number}.
 *
 * @param changedBy the staff user who saved it, or null for the version the installation started with
 */
public record SettingsVersion(long number, String changedBy, Instant changedAt) {

	/** The strong entity tag of this version, quoted as HTTP wants it. */
	public String etag() {
		return "\"settings-" + number + "\"";
	}

}
