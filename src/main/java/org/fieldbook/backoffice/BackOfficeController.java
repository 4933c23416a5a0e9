package org.fieldbook.backoffice;

import java.util.Locale;

import org.fieldbook.waitlist.EarlierTimeFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class BackOfficeController {

	private final BackOfficeOverview overview;

	private final UnmetDemandLines unmetDemand;

	BackOfficeController(BackOfficeOverview overview, UnmetDemandLines unmetDemand) {
		this.overview = overview;
		this.unmetDemand = unmetDemand;
	}

	@GetMapping("/admin")
	String dashboard(Locale locale, Model model) {
		model.addAttribute("overview", overview.now());
		model.addAttribute("today", overview.today());
		model.addAttribute("broughtForwardDays", EarlierTimeFigures.RECENT_DAYS);
		model.addAttribute("broughtForward", overview.broughtForward(EarlierTimeFigures.RECENT_DAYS));
		model.addAttribute("unmetDemandWeek", unmetDemand.lastDays(7, locale));
		model.addAttribute("unmetDemandMonth", unmetDemand.lastDays(30, locale));
		return "backoffice/dashboard";
	}

	@GetMapping("/admin/login")
	String login() {
		return "backoffice/login";
	}

}
