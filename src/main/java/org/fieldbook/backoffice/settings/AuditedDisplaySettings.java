package org.fieldbook.backoffice.settings;

import java.util.List;
import java.util.Optional;

import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.settings.BrandingChange;
import org.fieldbook.settings.HeaderImage;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.settings.SettingChanged;
import org.fieldbook.settings.SettingsChangeOutcome;
import org.springframework.stereotype.Component;

/** The Display tab's changes, each field that moved written to the audit log with its old and new value. */
@Component
class AuditedDisplaySettings {

	static final String ACTION = "settings.changed";

	private final PortalSettingsService settings;

	private final AuditTrail audit;

	AuditedDisplaySettings(PortalSettingsService settings, AuditTrail audit) {
		this.settings = settings;
		this.audit = audit;
	}

	SettingsChangeOutcome change(long version, String actor, BrandingChange change) {
		return audited(actor, settings.change(version, actor, List.of(change)));
	}

	/** Replaces the header image, or removes it when {@code image} is empty. */
	SettingsChangeOutcome changeHeaderImage(long version, String actor, Optional<HeaderImage> image) {
		return audited(actor, settings.changeHeaderImage(version, actor, image));
	}

	private SettingsChangeOutcome audited(String actor, SettingsChangeOutcome outcome) {
		for (SettingChanged changed : outcome.changed()) {
			audit.record(actor, ACTION, changed.field(), changed.oldValue() + " → " + changed.newValue());
		}
		return outcome;
	}

}
