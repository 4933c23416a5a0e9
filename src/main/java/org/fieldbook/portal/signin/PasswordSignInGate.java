package org.fieldbook.portal.signin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/** Turns a password sign-in away while the portal signs customers in only through its OpenID Connect provider. */
class PasswordSignInGate extends OncePerRequestFilter {

	private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

	private final SignInMethods methods;

	PasswordSignInGate(SignInMethods methods) {
		this.methods = methods;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isPasswordSignIn(request);
	}

	/** The form's POST to /login, on the decoded and normalised path, as Spring Security's matchers see it. */
	private static boolean isPasswordSignIn(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "/login".equals(PATHS.getPathWithinApplication(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!methods.passwords()) {
			response.sendRedirect(request.getContextPath() + "/login");
			return;
		}
		chain.doFilter(request, response);
	}

}
