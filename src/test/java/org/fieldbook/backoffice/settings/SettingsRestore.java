package org.fieldbook.backoffice.settings;

import java.util.List;

import org.fieldbook.settings.GeneralSettingsChange;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.settings.SelfSchedulingChange;

/** The settings of the General and Self-scheduling tabs as a test found them, to put back when it ends. */
record SettingsRestore(GeneralSettingsChange general, SelfSchedulingChange selfScheduling) {

	static SettingsRestore of(PortalSettingsService settings) {
		return new SettingsRestore(GeneralSettingsChange.of(settings.messaging(), settings.portalRules()),
				SelfSchedulingChange.of(settings.scheduling(), settings.portalRules(), settings.messaging()));
	}

	void restore(PortalSettingsService settings) {
		settings.change(settings.version().number(), "test", List.of(general, selfScheduling));
		settings.messagingExclusions().accounts().forEach(settings::removeExcludedAccount);
		settings.messagingExclusions().serviceTypes().forEach(settings::removeExcludedServiceType);
	}

}
