package org.fieldbook.backoffice.settings;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fieldbook.settings.HeaderImage;
import org.fieldbook.settings.InvalidSettingsException;
import org.fieldbook.settings.SettingsChangedMeanwhileException;
import org.fieldbook.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The header image of the Display tab: uploaded (its type read from its bytes, HeaderImage.upload) or removed, each
 * change audited. A refused file or a stale version answers the page with the reason.
 */
@Controller
class HeaderImageController {

	private final AuditedDisplaySettings settings;

	private final DisplayPage page;

	HeaderImageController(AuditedDisplaySettings settings, DisplayPage page) {
		this.settings = settings;
		this.page = page;
	}

	@PostMapping(DisplayPage.PATH + "/header-image")
	ModelAndView upload(@RequestParam long version, @RequestParam("image") MultipartFile file, Principal staff,
			Model model, Locale locale) throws IOException {
		try {
			return changed(version, staff, Optional.of(HeaderImage.upload(file.getBytes())), "imageSaved", model, locale);
		}
		catch (InvalidSettingsException invalid) {
			return DisplaySettingsController.refused(page.saved(model, invalid.problems(), locale), HttpStatus.BAD_REQUEST);
		}
	}

	@PostMapping(DisplayPage.PATH + "/header-image/remove")
	ModelAndView remove(@RequestParam long version, Principal staff, Model model, Locale locale) {
		return changed(version, staff, Optional.empty(), "imageRemoved", model, locale);
	}

	private ModelAndView changed(long version, Principal staff, Optional<HeaderImage> image, String flag, Model model,
			Locale locale) {
		try {
			settings.changeHeaderImage(version, staff.getName(), image);
			return new ModelAndView(Redirects.to(DisplayPage.PATH, flag));
		}
		catch (SettingsChangedMeanwhileException stale) {
			model.addAttribute("stale", page.changedMeanwhile(stale.current(), locale));
			return DisplaySettingsController.refused(page.saved(model, List.of(), locale), HttpStatus.CONFLICT);
		}
	}

}
