package org.fieldbook.backoffice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class BackOfficeController {

	private final BackOfficeOverview overview;

	BackOfficeController(BackOfficeOverview overview) {
		this.overview = overview;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("overview", overview.now());
		return "backoffice/dashboard";
	}

	@GetMapping("/admin/login")
	String login() {
		return "backoffice/login";
	}

}
