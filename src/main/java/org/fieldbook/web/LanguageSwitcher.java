package org.fieldbook.web;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.fieldbook.customer.Languages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The footer's language links: the same page with the same choices (account, service, date…), in another language. */
@ControllerAdvice(annotations = Controller.class)
class LanguageSwitcher {

	record LanguageLink(String code, String href) {
	}

	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks(HttpServletRequest request) {
		UriComponentsBuilder here = request.getDispatcherType() == DispatcherType.ERROR ? startPage(request)
				: UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
		return Languages.SUPPORTED.stream()
			.map(code -> new LanguageLink(code, here.cloneBuilder().replaceQueryParam("lang", code).build().toUriString()))
			.toList();
	}

	/** An error page cannot be asked for again: its links lead to the start page of its side, back office or portal. */
	private static UriComponentsBuilder startPage(HttpServletRequest request) {
		String failed = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		String backOffice = request.getContextPath() + "/admin";
		boolean inBackOffice = failed.equals(backOffice) || failed.startsWith(backOffice + "/");
		return UriComponentsBuilder.fromPath(inBackOffice ? backOffice : request.getContextPath() + "/");
	}

}
