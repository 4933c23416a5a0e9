package org.fieldbook.backoffice.signin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Camunda webapps' list of engines names them only to staff signed in to the webapps; anyone else gets an empty
 * list. Their sign-in page asks for the list before it signs in and goes on only when that succeeds, so it must
 * still answer.
 */
class WebappEngineList extends OncePerRequestFilter {

	/** Where the Camunda webapps keep their sign-in in the session (their {@code AuthenticationUtil}). */
	private static final String WEBAPP_SIGN_IN = "authenticatedUser";

	private static final RequestMatcher ENGINES = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/camunda/api/engine/engine"),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/camunda/api/engine/engine/"));

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !ENGINES.matches(request) || signedInToTheWebapps(request);
	}

	private static boolean signedInToTheWebapps(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(WEBAPP_SIGN_IN) != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException {
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter().write("[]");
	}

}
