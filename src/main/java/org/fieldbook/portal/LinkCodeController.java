package org.fieldbook.portal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fieldbook.booking.VisitView;
import org.fieldbook.system.AttemptThrottle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link in a message opens that one booking without signing in, and nothing else. An expired or
 * blocked code gets a page that says so.
 */
@Controller
class LinkCodeController {

	private final CustomerDirectory directory;

	private final VisitPages pages;

	private final AttemptThrottle throttle;

	LinkCodeController(CustomerDirectory directory, VisitPages pages, AttemptThrottle throttle) {
		this.directory = directory;
		this.pages = pages;
		this.throttle = throttle;
	}

	@GetMapping("/b/{code}")
	String show(@PathVariable String code, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		return withVisit(code, locale, request, response, visit -> pages.show(visit, "/b/" + code, locale, model));
	}

	@PostMapping("/b/{code}/earlier")
	String askForEarlier(@PathVariable String code, @RequestParam Optional<String> notBefore, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		return withVisit(code, locale, request, response, visit -> pages.askForEarlier(visit, "/b/" + code, notBefore));
	}

	@PostMapping("/b/{code}/earlier-offer/take")
	String takeEarlier(@PathVariable String code, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return withVisit(code, locale, request, response, visit -> pages.takeEarlier(visit, "/b/" + code));
	}

	@PostMapping("/b/{code}/earlier-offer/decline")
	String declineEarlier(@PathVariable String code, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return withVisit(code, locale, request, response, visit -> pages.declineEarlier(visit, "/b/" + code));
	}

	@PostMapping("/b/{code}/earlier/withdraw")
	String withdrawEarlier(@PathVariable String code, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return withVisit(code, locale, request, response, visit -> pages.withdrawEarlier(visit, "/b/" + code));
	}

	@PostMapping("/b/{code}/cancel")
	String cancel(@PathVariable String code, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return withVisit(code, locale, request, response, visit -> pages.cancel(visit, "/b/" + code));
	}

	@GetMapping("/b/{code}/reschedule")
	String rescheduleForm(@PathVariable String code, @RequestParam Optional<LocalDate> date, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return withVisit(code, locale, request, response, visit -> pages.rescheduleForm(visit, "/b/" + code, date, locale, model));
	}

	@PostMapping("/b/{code}/reschedule")
	String reschedule(@PathVariable String code, @RequestParam Optional<String> slot, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return withVisit(code, locale, request, response,
				visit -> pages.reschedule(visit, "/b/" + code, slot, locale, model, response));
	}

	private String withVisit(String code, Locale locale, HttpServletRequest request, HttpServletResponse response,
			Function<VisitView, String> page) {
		if (throttle.blocked(AttemptThrottle.codeKey(request))) {
			return ThrottledPage.show(response);
		}
		Optional<VisitView> visit = directory.visitByLinkCode(code, locale);
		if (visit.isEmpty()) {
			throttle.failed(AttemptThrottle.codeKey(request));
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "portal/link-invalid";
		}
		return page.apply(visit.get());
	}

}
