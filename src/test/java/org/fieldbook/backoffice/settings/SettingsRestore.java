package org.fieldbook.backoffice.settings;

import java.util.List;

import org.fieldbook.settings.BrandingChange;
import org.fieldbook.settings.GeneralSettingsChange;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.settings.SelfSchedulingChange;

/** The settings of the General, Self-scheduling and Display tabs as a test found them, to put back when it ends. */
record SettingsRestore(GeneralSettingsChange general, SelfSchedulingChange selfScheduling, BrandingChange display) {

	static SettingsRestore of(PortalSettingsService settings) {
		return new SettingsRestore(GeneralSettingsChange.of(settings.messaging(), settings.portalRules()),
				SelfSchedulingChange.of(settings.scheduling(), settings.portalRules(), settings.messaging()),
				BrandingChange.of(settings.branding()));
	}

	void restore(PortalSettingsService settings) {
		settings.change(settings.version().number(), "test", List.of(general, selfScheduling, display));
		settings.messagingExclusions().accounts().forEach(settings::removeExcludedAccount);
		settings.messagingExclusions().serviceTypes().forEach(settings::removeExcludedServiceType);
	}

}
