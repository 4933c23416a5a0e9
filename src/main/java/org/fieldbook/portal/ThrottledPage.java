package org.fieldbook.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

/** "Please try again later", for an attempt the {@link org.fieldbook.system.AttemptThrottle} refuses. */
public final class ThrottledPage {

	private ThrottledPage() {
	}

	public static String show(HttpServletResponse response) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		return "portal/throttled";
	}

}
