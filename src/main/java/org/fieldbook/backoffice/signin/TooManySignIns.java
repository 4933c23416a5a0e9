package org.fieldbook.backoffice.signin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fieldbook.system.AttemptThrottle;
import org.fieldbook.system.SignInThrottledException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A machine's or a Camunda webapp's sign-in while it is throttled: 429 with a problem body and {@code Retry-After};
 * any other failure is answered as before.
 */
class TooManySignIns implements AuthenticationEntryPoint {

	private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
			+ "\"detail\":\"Too many failed sign-ins for this user or from this address. Please try again in "
			+ AttemptThrottle.WINDOW.toMinutes() + " minutes.\"}";

	private final AuthenticationEntryPoint otherwise;

	TooManySignIns(AuthenticationEntryPoint otherwise) {
		this.otherwise = otherwise;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException, ServletException {
		if (exception instanceof SignInThrottledException) {
			send(response);
		}
		else {
			otherwise.commence(request, response, exception);
		}
	}

	static void send(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(AttemptThrottle.WINDOW.toSeconds()));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(PROBLEM);
	}

}
