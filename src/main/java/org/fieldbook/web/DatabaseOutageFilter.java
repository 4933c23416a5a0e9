package org.fieldbook.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fieldbook.customer.Languages;
import org.fieldbook.system.DatabaseUnreachable;
import org.fieldbook.system.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * While PostgreSQL cannot be reached ({@link DatabaseUnreachable}), a request answers 503 with {@code Retry-After: 5}
 * instead of an error: a page saying to try again in a moment, or under {@code /api}, {@code /engine-rest} and the
 * webapps' {@code /camunda/api} a problem. It comes before Spring Session's filter, so it answers too when loading the
 * session, a sign-in or the throttle fail, and the page needs neither the database nor the session: its language is
 * the browser's ({@code Accept-Language}), its headers those Spring Security would have sent.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 5;

	private static final List<String> MACHINE_PATHS = List.of("/api/", "/engine-rest/", "/camunda/api/");

	private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he");

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final MessageSource messages;

	private final ObjectMapper json;

	private final DataSource database;

	DatabaseOutageFilter(MessageSource messages, ObjectMapper json, DataSource database) {
		this.messages = messages;
		this.json = json;
		this.database = database;
	}

	/** A failure while the error page is rendered (its branding is in the database) is answered as well. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException failure) {
			if (response.isCommitted() || !unreachable(failure)) {
				throw failure;
			}
			log.warn("The database cannot be reached: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
					NestedExceptionUtils.getMostSpecificCause(failure).toString());
			answer(request, response);
		}
	}

	/**
	 * A failure that says so, or one from the database that says nothing (a rollback on a connection that PostgreSQL
	 * cut in the middle of the request) while PostgreSQL does not answer now.
	 */
	private boolean unreachable(Throwable failure) {
		return DatabaseUnreachable.causedBy(failure) || DatabaseUnreachable.fromDatabase(failure) && !answers();
	}

	private boolean answers() {
		try (Connection connection = database.getConnection()) {
			return connection.isValid(1);
		}
		catch (SQLException | RuntimeException unreachable) {
			return false;
		}
	}

	void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (MACHINE_PATHS.stream().anyMatch(path::startsWith)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					messages.getMessage("error.unavailable.body", null, Locale.ENGLISH));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), problem);
			return;
		}
		response.setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
		response.setHeader("X-Frame-Options", "DENY");
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(page(request.getContextPath(), language(request)));
	}

	private String page(String contextPath, Locale locale) {
		String title = HtmlUtils.htmlEscape(messages.getMessage("error.unavailable.title", null, locale));
		String body = HtmlUtils.htmlEscape(messages.getMessage("error.unavailable.body", null, locale));
		String language = locale.getLanguage();
		return """
				<!DOCTYPE html>
				<html lang="%s" dir="%s">
				<head>
				  <meta charset="utf-8">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>%s</title>
				  <link rel="stylesheet" href="%s/css/fieldbook.css">
				</head>
				<body>
				<main id="main">
				  <h1>%s</h1>
				  <p>%s</p>
				</main>
				</body>
				</html>
				""".formatted(language, RIGHT_TO_LEFT.contains(language) ? "rtl" : "ltr", title,
				HtmlUtils.htmlEscape(contextPath), title, body);
	}

	private static Locale language(HttpServletRequest request) {
		for (Locale wanted : Collections.list(request.getLocales())) {
			if (Languages.SUPPORTED.contains(wanted.getLanguage())) {
				return Locale.forLanguageTag(wanted.getLanguage());
			}
		}
		return Locale.ENGLISH;
	}

}
