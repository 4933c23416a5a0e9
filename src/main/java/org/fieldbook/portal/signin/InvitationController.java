package org.fieldbook.portal.signin;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fieldbook.invitation.CustomerCredentials;
import org.fieldbook.invitation.Invitations;
import org.fieldbook.invitation.SignUp;
import org.fieldbook.portal.ThrottledPage;
import org.fieldbook.system.AttemptThrottle;
import org.fieldbook.system.SecurityWorlds;
import org.fieldbook.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The invitation link (or the code typed in) opens "set your password"; accepting it opens the portal
 * account and signs the customer in. Where only the OpenID Connect provider signs customers in, the page offers the
 * provider instead and the first sign-in through it redeems the invitation ({@link InvitationSignIn}). A used,
 * expired or unknown code gets a page that says so.
 */
@Controller
class InvitationController {

	private final Invitations invitations;

	private final SignUp signUp;

	private final PasswordRules passwords;

	private final AttemptThrottle throttle;

	private final SignInMethods signInMethods;

	InvitationController(Invitations invitations, SignUp signUp, PasswordRules passwords, AttemptThrottle throttle,
			SignInMethods signInMethods) {
		this.invitations = invitations;
		this.signUp = signUp;
		this.passwords = passwords;
		this.throttle = throttle;
		this.signInMethods = signInMethods;
	}

	@GetMapping("/invitation")
	String typeTheCode(@RequestParam Optional<String> code) {
		return code.map(String::strip)
			.filter(typed -> !typed.isEmpty())
			.map(typed -> Redirects.to(UriComponentsBuilder.fromPath("/invitation").pathSegment(typed)))
			.orElse("portal/invitation-code");
	}

	@GetMapping("/invitation/{code}")
	String invitation(@PathVariable String code, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (throttle.blocked(AttemptThrottle.codeKey(request))) {
			return ThrottledPage.show(response);
		}
		if (!invitations.redeemable(code)) {
			throttle.failed(AttemptThrottle.codeKey(request));
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "portal/invitation-invalid";
		}
		model.addAttribute("code", code);
		boolean passwordSignIn = signInMethods.passwords();
		model.addAttribute("passwordSignIn", passwordSignIn);
		if (!passwordSignIn) {
			request.getSession().setAttribute(InvitationSignIn.PENDING_INVITATION, code);
			model.addAttribute("providers", signInMethods.providers());
		}
		PasswordRules.describe(model, null);
		return "portal/invitation";
	}

	@PostMapping("/invitation/{code}")
	String accept(@PathVariable String code, @RequestParam String password, @RequestParam String confirmation, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (!signInMethods.passwords()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (throttle.blocked(AttemptThrottle.codeKey(request))) {
			return ThrottledPage.show(response);
		}
		Optional<String> problem = passwords.problem(password, confirmation);
		if (problem.isPresent()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("code", code);
			model.addAttribute("passwordSignIn", true);
			PasswordRules.describe(model, problem.get());
			return "portal/invitation";
		}
		Optional<CustomerCredentials> account = signUp.accept(code, password);
		if (account.isEmpty()) {
			throttle.failed(AttemptThrottle.codeKey(request));
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "portal/invitation-invalid";
		}
		signIn(account.get(), request, response);
		return "redirect:/profile?welcome";
	}

	/** Signs the new customer in, under a new session id. */
	private static void signIn(CustomerCredentials account, HttpServletRequest request, HttpServletResponse response) {
		request.getSession(true);
		request.changeSessionId();
		CustomerUser customer = new CustomerUser(account);
		customer.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(customer, null, customer.getAuthorities()));
		SecurityContextHolder.setContext(context);
		SecurityWorlds.CUSTOMER.repository().saveContext(context, request, response);
	}

}
