package org.fieldbook.settings;

import java.util.List;

/**
 * One part of a change to the portal settings (a tab of the settings screen, a section of the API's PATCH): the
 * fields it names are checked and written, every other field is left as it is.
 */
public interface SettingsChange {

	/**
	 * Checks the named fields and writes them to the row.
	 *
	 * @return each field whose value this change moved, with its old and new value
	 * @throws InvalidSettingsException naming every field that is not acceptable; then nothing is written
	 */
	List<SettingChanged> applyTo(PortalSettings settings);

}
