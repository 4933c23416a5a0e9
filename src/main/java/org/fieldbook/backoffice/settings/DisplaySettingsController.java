package org.fieldbook.backoffice.settings;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fieldbook.settings.InvalidSettingsException;
import org.fieldbook.settings.SettingsChangedMeanwhileException;
import org.fieldbook.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The settings' Display tab: font, colours and content snippets, saved together if every one is acceptable (each
 * moved field audited), or previewed unsaved. A save made against an older version than the saved one is refused,
 * keeping what its author typed.
 */
@Controller
class DisplaySettingsController {

	private final AuditedDisplaySettings settings;

	private final DisplayPage page;

	DisplaySettingsController(AuditedDisplaySettings settings, DisplayPage page) {
		this.settings = settings;
		this.page = page;
	}

	@GetMapping(DisplayPage.PATH)
	String show(@RequestParam Optional<String> previewLanguage, Model model, Locale locale) {
		return page.saved(model, previewLanguage.orElse(null), locale);
	}

	@PostMapping(value = DisplayPage.PATH, params = "preview")
	String preview(DisplayForm form, Model model, Locale locale) {
		return page.preview(model, form, locale);
	}

	@PostMapping(DisplayPage.PATH)
	ModelAndView save(DisplayForm form, Principal staff, Model model, Locale locale) {
		if (form.version() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No settings version");
		}
		try {
			settings.change(form.version(), staff.getName(), form.change());
			return new ModelAndView(Redirects.to(DisplayPage.PATH, "saved"));
		}
		catch (InvalidSettingsException invalid) {
			return refused(page.show(model, form, invalid.problems(), locale), HttpStatus.BAD_REQUEST);
		}
		catch (SettingsChangedMeanwhileException stale) {
			model.addAttribute("stale", page.changedMeanwhile(stale.current(), locale));
			return refused(page.show(model, form.at(stale.current()), List.of(), locale), HttpStatus.CONFLICT);
		}
	}

	static ModelAndView refused(String view, HttpStatus status) {
		ModelAndView page = new ModelAndView(view);
		page.setStatus(status);
		return page;
	}

}
