package org.fieldbook.web;

import org.fieldbook.settings.Branding;
import org.fieldbook.settings.PortalSettingsService;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page of the portal and the back office shows the company's branding and content snippets. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class BrandingAdvice {

	private final PortalSettingsService settings;

	BrandingAdvice(PortalSettingsService settings) {
		this.settings = settings;
	}

	@ModelAttribute("branding")
	Branding branding() {
		return settings.branding();
	}

}
