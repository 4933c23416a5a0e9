package org.fieldbook.portal.signin;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fieldbook.invitation.PasswordResets;
import org.fieldbook.portal.ThrottledPage;
import org.fieldbook.system.AttemptThrottle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** "Forgot your password": a link by email, single use, one hour; the same answer whether or not the address is known. */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	private final PasswordRules passwords;

	private final AttemptThrottle throttle;

	private final SignInMethods signInMethods;

	PasswordResetController(PasswordResets resets, PasswordRules passwords, AttemptThrottle throttle,
			SignInMethods signInMethods) {
		this.resets = resets;
		this.passwords = passwords;
		this.throttle = throttle;
		this.signInMethods = signInMethods;
	}

	/** Where customers sign in only through the OpenID Connect provider, there is no password to reset. */
	@ModelAttribute
	void passwordsInUse() {
		if (!signInMethods.passwords()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	@GetMapping("/password-reset")
	String form() {
		return "portal/password-reset";
	}

	@PostMapping("/password-reset")
	String request(@RequestParam String email, HttpServletRequest request, HttpServletResponse response) {
		AttemptThrottle.Key key = AttemptThrottle.perAddress("reset", request);
		if (throttle.blocked(key)) {
			return ThrottledPage.show(response);
		}
		throttle.failed(key);
		if (email.length() <= 254) {
			resets.request(email);
		}
		return "redirect:/password-reset?sent";
	}

	@GetMapping("/password-reset/{token}")
	String newPassword(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (throttle.blocked(AttemptThrottle.codeKey(request))) {
			return ThrottledPage.show(response);
		}
		if (!resets.usable(token)) {
			throttle.failed(AttemptThrottle.codeKey(request));
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "portal/password-reset-invalid";
		}
		model.addAttribute("token", token);
		PasswordRules.describe(model, null);
		return "portal/password-reset-new";
	}

	@PostMapping("/password-reset/{token}")
	String reset(@PathVariable String token, @RequestParam String password, @RequestParam String confirmation, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Optional<String> problem = passwords.problem(password, confirmation);
		if (problem.isPresent()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("token", token);
			PasswordRules.describe(model, problem.get());
			return "portal/password-reset-new";
		}
		if (!resets.reset(token, password)) {
			throttle.failed(AttemptThrottle.codeKey(request));
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "portal/password-reset-invalid";
		}
		return "redirect:/login?passwordChanged";
	}

}
