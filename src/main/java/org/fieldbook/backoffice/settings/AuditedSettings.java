package org.fieldbook.backoffice.settings;

import java.util.List;

import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.settings.SettingChanged;
import org.fieldbook.settings.SettingsChange;
import org.fieldbook.settings.SettingsChangeOutcome;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Saves a change of the settings screen or API and writes one audit entry per field it moved, old → new. */
@Component
class AuditedSettings {

	static final String CHANGED = "settings.changed";

	private final PortalSettingsService settings;

	private final AuditTrail audit;

	AuditedSettings(PortalSettingsService settings, AuditTrail audit) {
		this.settings = settings;
		this.audit = audit;
	}

	/** @see PortalSettingsService#change(long, String, List) for what is refused */
	@Transactional
	SettingsChangeOutcome save(long expectedVersion, String actor, List<? extends SettingsChange> changes) {
		SettingsChangeOutcome outcome = settings.change(expectedVersion, actor, changes);
		for (SettingChanged changed : outcome.changed()) {
			audit.record(actor, CHANGED, changed.field(), changed.oldValue() + " → " + changed.newValue());
		}
		return outcome;
	}

}
