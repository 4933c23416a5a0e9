package org.fieldbook.settings;

import java.util.List;

/** A saved change: the version it made and the fields it moved (none if every value was already so). */
public record SettingsChangeOutcome(SettingsVersion version, List<SettingChanged> changed) {

}
