package org.fieldbook.settings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PortalSettingsService {

	private final PortalSettingsRepository settings;

	PortalSettingsService(PortalSettingsRepository settings) {
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	public Branding branding() {
		return theRow().branding();
	}

	@Transactional(readOnly = true)
	public SchedulingSettings scheduling() {
		return theRow().scheduling();
	}

	private PortalSettings theRow() {
		return settings.findById(PortalSettings.THE_ROW)
			.orElseThrow(() -> new IllegalStateException("portal_settings has no row: the migration creates it"));
	}

}
