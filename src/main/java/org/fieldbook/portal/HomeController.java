package org.fieldbook.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "portal/home";
	}

	@GetMapping("/login")
	String login() {
		return "portal/login";
	}

}
