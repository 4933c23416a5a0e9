package org.fieldbook.portal;

import org.fieldbook.portal.signin.SignInMethods;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final SignInMethods signInMethods;

	HomeController(SignInMethods signInMethods) {
		this.signInMethods = signInMethods;
	}

	@GetMapping("/")
	String home() {
		return "portal/home";
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("providers", signInMethods.providers());
		model.addAttribute("passwordSignIn", signInMethods.passwords());
		return "portal/login";
	}

}
