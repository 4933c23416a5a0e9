package org.fieldbook.settings;

/** A change was made against an older version of the settings than the one saved now: nothing was written. */
public class SettingsChangedMeanwhileException extends RuntimeException {

	private final SettingsVersion current;

	public SettingsChangedMeanwhileException(SettingsVersion current) {
		super("The settings were changed by " + current.changedBy() + " at " + current.changedAt());
		this.current = current;
	}

	public SettingsVersion current() {
		return current;
	}

}
