package org.fieldbook.web;

import java.io.IOException;
import java.util.Collections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a request's headers before anything acts on it. Spring Security's firewall refuses a header value with a
 * control character only when the header is read; reading each one here makes that refusal (400) come first, not
 * when the page chooses its language from {@code Accept-Language} after a visit is booked or a reset email made.
 * A body whose {@code Content-Type} is a wildcard ({@code application/*}) is refused with 415: Spring MVC fails
 * with a 500 where it reads one.
 */
@Component
class RequestHeadersFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (String name : Collections.list(request.getHeaderNames())) {
			Collections.list(request.getHeaders(name));
		}
		if (isWildcard(request.getContentType())) {
			response.sendError(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean isWildcard(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.isWildcardType() || type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException unreadable) {
			return false;
		}
	}

}
