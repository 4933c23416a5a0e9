package org.fieldbook.portal.signin;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/** Refuses a customer sign-in while its address or account is throttled, and counts each failed one. */
class SignInThrottleFilter extends OncePerRequestFilter implements AuthenticationFailureHandler {

	private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

	private final AttemptThrottle throttle;

	SignInThrottleFilter(AttemptThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isPasswordSignIn(request);
	}

	/** The form's POST to /login, on the decoded and normalised path, as Spring Security's matchers see it. */
	static boolean isPasswordSignIn(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "/login".equals(PATHS.getPathWithinApplication(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (throttle.blocked(keys(request))) {
			response.sendRedirect(request.getContextPath() + "/login?throttled");
			return;
		}
		chain.doFilter(request, response);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		throttle.failed(keys(request));
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	private static String[] keys(HttpServletRequest request) {
		String username = String.valueOf(request.getParameter("username")).toLowerCase(Locale.ROOT);
		return new String[] { "sign-in-ip:" + request.getRemoteAddr(), "sign-in-account:" + username };
	}

}
