package org.fieldbook.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fieldbook.system.ControlCharacters;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Refuses a request whose parameters (query and form) or path segments hold a control character, before sign-in,
 * controllers or the database see it: 400, with the friendly page ({@code error/400}) or, under {@code /api}, a
 * problem naming the parameter. Tab and line breaks pass in parameters, not in paths. JSON bodies meet the same rule
 * in the JSON mapper ({@link ControlCharacters#jsonModule}). The engine REST API and the Camunda webapps read their
 * requests themselves and are left to them.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 10)
class ControlCharacterFilter extends OncePerRequestFilter {

	/** Tomcat's mark of a request whose parameters it could not read (Globals.PARAMETER_PARSE_FAILED_ATTR). */
	static final String PARAMETERS_UNREADABLE = "org.apache.catalina.parameter_parse_failed";

	private final ObjectMapper json;

	ControlCharacterFilter(ObjectMapper json) {
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/engine-rest/") || path.startsWith("/camunda/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> refused = refusedPathSegment(request).or(() -> refusedParameter(request));
		if (response.isCommitted()) {
			return; // the container answered a body it could not read (a broken chunk) while the parameters were read
		}
		if (refused.isEmpty() && request.getAttribute(PARAMETERS_UNREADABLE) == null) {
			chain.doFilter(request, response);
		}
		else if (refused.isPresent() && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.get());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), problem);
		}
		else {
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
	}

	private static Optional<String> refusedPathSegment(HttpServletRequest request) {
		for (String segment : request.getRequestURI().split("/")) {
			String decoded = decode(segment);
			OptionalInt at = ControlCharacters.find(decoded, false);
			if (at.isPresent()) {
				return Optional.of("The path " + ControlCharacters.describe(decoded, at.getAsInt()));
			}
		}
		return Optional.empty();
	}

	private static Optional<String> refusedParameter(HttpServletRequest request) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			OptionalInt inName = ControlCharacters.find(name, false);
			if (inName.isPresent()) {
				return Optional.of("A parameter's name " + ControlCharacters.describe(name, inName.getAsInt()));
			}
			for (String value : parameter.getValue()) {
				OptionalInt at = value == null ? OptionalInt.empty() : ControlCharacters.find(value, true);
				if (at.isPresent()) {
					return Optional.of("Parameter \"" + name + "\" " + ControlCharacters.describe(value, at.getAsInt()));
				}
			}
		}
		return Optional.empty();
	}

	/** A segment that is not even valid percent-encoding is left to the container and the firewall to refuse. */
	private static String decode(String segment) {
		try {
			return UriUtils.decode(segment, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return segment;
		}
	}

}
