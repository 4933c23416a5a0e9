package org.fieldbook.portal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.fieldbook.portal.CustomerDirectory.VisitView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Journey 5: the link in a message opens that one booking without signing in, and nothing else. An expired or
 * blocked code gets a page that says so.
 */
@Controller
class LinkCodeController {

	private final CustomerDirectory directory;

	private final VisitPages pages;

	LinkCodeController(CustomerDirectory directory, VisitPages pages) {
		this.directory = directory;
		this.pages = pages;
	}

	@GetMapping("/b/{code}")
	String show(@PathVariable String code, Locale locale, Model model, HttpServletResponse response) {
		return withVisit(code, response, visit -> pages.show(visit, "/b/" + code, locale, model));
	}

	@PostMapping("/b/{code}/cancel")
	String cancel(@PathVariable String code, HttpServletResponse response) {
		return withVisit(code, response, visit -> pages.cancel(visit, "/b/" + code));
	}

	@GetMapping("/b/{code}/reschedule")
	String rescheduleForm(@PathVariable String code, @RequestParam Optional<LocalDate> date, Locale locale, Model model,
			HttpServletResponse response) {
		return withVisit(code, response, visit -> pages.rescheduleForm(visit, "/b/" + code, date, locale, model));
	}

	@PostMapping("/b/{code}/reschedule")
	String reschedule(@PathVariable String code, @RequestParam Optional<String> slot, HttpServletResponse response) {
		return withVisit(code, response, visit -> pages.reschedule(visit, "/b/" + code, slot));
	}

	private String withVisit(String code, HttpServletResponse response, Function<VisitView, String> page) {
		Optional<VisitView> visit = directory.visitByLinkCode(code);
		if (visit.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "portal/link-invalid";
		}
		return page.apply(visit.get());
	}

}
