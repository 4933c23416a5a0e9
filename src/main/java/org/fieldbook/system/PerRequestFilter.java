package org.fieldbook.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Around every request, before any other filter: what it looks up {@link PerRequest} is forgotten when it ends. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PerRequestFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PerRequest.start();
		try {
			chain.doFilter(request, response);
		}
		finally {
			PerRequest.end();
		}
	}

}
