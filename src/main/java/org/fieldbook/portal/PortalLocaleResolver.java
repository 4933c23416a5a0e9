package org.fieldbook.portal;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.fieldbook.customer.Languages;
import org.fieldbook.portal.signin.PortalUserDetailsService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of every page: the one chosen with the switcher ({@code ?lang=}, kept for the session), else the
 * signed-in customer's preferred language, else the browser's {@code Accept-Language}, else English.
 */
@Component("localeResolver")
class PortalLocaleResolver implements LocaleResolver {

	static final String CHOSEN = PortalLocaleResolver.class.getName() + ".chosen";

	private final CustomerDirectory directory;

	PortalLocaleResolver(CustomerDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Optional<Locale> switched = supported(request.getParameter("lang"));
		if (switched.isPresent()) {
			request.getSession(true).setAttribute(CHOSEN, switched.get());
			return switched.get();
		}
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(CHOSEN) instanceof Locale chosen) {
			return chosen;
		}
		return customersLanguage().or(() -> fromBrowser(request)).orElse(Locale.ENGLISH);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		request.getSession(true).setAttribute(CHOSEN, locale);
	}

	private Optional<Locale> customersLanguage() {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn == null || signedIn.getAuthorities().stream()
			.noneMatch(role -> role.getAuthority().equals("ROLE_" + PortalUserDetailsService.CUSTOMER_ROLE))) {
			return Optional.empty();
		}
		return directory.customer(signedIn.getName()).flatMap(customer -> supported(customer.language()));
	}

	private static Optional<Locale> fromBrowser(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return Optional.empty();
		}
		var locales = request.getLocales();
		while (locales.hasMoreElements()) {
			Optional<Locale> match = supported(locales.nextElement().getLanguage());
			if (match.isPresent()) {
				return match;
			}
		}
		return Optional.empty();
	}

	private static Optional<Locale> supported(String language) {
		return Optional.ofNullable(language).filter(Languages.SUPPORTED::contains).map(Locale::forLanguageTag);
	}

}
