package org.fieldbook.settings;

/** A setting that a change moved, with its old and new value as the audit log shows them. */
public record SettingChanged(String field, String oldValue, String newValue) {

}
