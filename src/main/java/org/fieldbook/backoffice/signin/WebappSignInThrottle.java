package org.fieldbook.backoffice.signin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fieldbook.system.AttemptThrottle;
import org.fieldbook.system.SecurityWorlds;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit, Tasklist and Admin sign in through their own endpoint, which asks the identity service directly: it gets
 * the staff sign-in's throttle here, under the same keys, so no way in lets a guesser go on.
 */
class WebappSignInThrottle extends OncePerRequestFilter {

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/**");

	private final AttemptThrottle throttle;

	WebappSignInThrottle(AttemptThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SIGN_IN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		AttemptThrottle.Key[] keys = AttemptThrottle.signIn(SecurityWorlds.STAFF,
				String.valueOf(request.getParameter("username")), request.getRemoteAddr());
		if (throttle.blocked(keys)) {
			TooManySignIns.send(response);
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
			throttle.failed(keys);
		}
	}

}
