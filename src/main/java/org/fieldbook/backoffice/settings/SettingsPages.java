package org.fieldbook.backoffice.settings;

import org.fieldbook.settings.InvalidSettingsException;
import org.fieldbook.settings.SettingsVersion;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What the tabs' forms share: refused fields shown next to the field, and a save over a newer version. */
final class SettingsPages {

	static final String COCKPIT = "/camunda/app/cockpit/default/";

	private SettingsPages() {
	}

	static void reject(BindingResult binding, InvalidSettingsException invalid) {
		invalid.problems()
			.forEach(problem -> binding.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null));
	}

	/**
	 * The form keeps what the admin typed, now against the version saved meanwhile, so that saving again is a
	 * choice made with the current values ({@code current}, the same form read from the settings) in view.
	 */
	static void changedMeanwhile(Model model, SettingsVersion saved, Object current) {
		model.addAttribute("changedMeanwhile", saved);
		model.addAttribute("current", current);
	}

}
