package org.fieldbook.portal.signin;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fieldbook.portal.CustomerDirectory;
import org.fieldbook.system.SecurityWorlds;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a customer whose portal account has new credentials (a password reset) since it signed in,
 * or can no longer sign in. The version the session signed in with travels in its principal; the account's is one
 * lookup per signed-in request, which the page then shares, so this holds for sessions kept in the database and
 * shared by several nodes. The customer lands on the sign-in page, which says why.
 */
class StaleSessionFilter extends OncePerRequestFilter {

	static final String SIGNED_OUT = "/login?credentialsChanged";

	/** What every page loads along; it shows nothing of an account, so it costs no lookup. */
	static final String[] STATIC_RESOURCES = { "/css/**", "/images/**", "/branding.css", "/branding/header-image", "/favicon.ico" };

	private static final RequestMatcher STATIC = new OrRequestMatcher(Arrays.stream(STATIC_RESOURCES)
		.map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern))
		.toList());

	private final CustomerDirectory customers;

	private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

	StaleSessionFilter(CustomerDirectory customers) {
		this.customers = customers;
		signOut.setSecurityContextRepository(SecurityWorlds.CUSTOMER.repository());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return STATIC.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn != null && !(signedIn instanceof AnonymousAuthenticationToken) && stale(signedIn)) {
			signOut.logout(request, response, signedIn);
			response.sendRedirect(request.getContextPath() + SIGNED_OUT);
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean stale(Authentication signedIn) {
		if (!(signedIn.getPrincipal() instanceof CustomerPrincipal customer)) {
			return true;
		}
		return customers.account(signedIn.getName())
			.filter(account -> account.credentialsVersion() == customer.credentialsVersion())
			.isEmpty();
	}

}
