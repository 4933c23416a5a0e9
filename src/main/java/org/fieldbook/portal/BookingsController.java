package org.fieldbook.portal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.fieldbook.booking.VisitView;
import org.fieldbook.portal.CustomerDirectory.Customer;
import org.fieldbook.portal.VisitPages.VisitPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** A signed-in customer's bookings, upcoming and past, each with its page; only its own accounts'. */
@Controller
class BookingsController {

	private final CustomerDirectory directory;

	private final VisitPages pages;

	BookingsController(CustomerDirectory directory, VisitPages pages) {
		this.directory = directory;
		this.pages = pages;
	}

	@GetMapping("/bookings")
	String list(Principal principal, Locale locale, Model model) {
		Customer customer = customer(principal);
		List<VisitPage> visits = pages.pages(directory.visits(customer.contactId(), locale),
				visit -> "/bookings/" + visit.reference(), locale);
		model.addAttribute("customer", customer);
		List<VisitPage> upcoming = new ArrayList<>(visits.stream().filter(VisitPage::upcoming).toList());
		Collections.reverse(upcoming);
		model.addAttribute("upcoming", upcoming);
		model.addAttribute("past", visits.stream().filter(visit -> !visit.upcoming()).toList());
		return "portal/bookings";
	}

	@GetMapping("/bookings/{reference}")
	String show(@PathVariable String reference, Principal principal, Locale locale, Model model) {
		return pages.show(visit(principal, reference, locale), "/bookings/" + reference, locale, model);
	}

	@PostMapping("/bookings/{reference}/earlier")
	String askForEarlier(@PathVariable String reference, @RequestParam Optional<String> notBefore, Principal principal,
			Locale locale) {
		return pages.askForEarlier(visit(principal, reference, locale), "/bookings/" + reference, notBefore);
	}

	@PostMapping("/bookings/{reference}/earlier-offer/take")
	String takeEarlier(@PathVariable String reference, Principal principal, Locale locale) {
		return pages.takeEarlier(visit(principal, reference, locale), "/bookings/" + reference);
	}

	@PostMapping("/bookings/{reference}/earlier-offer/decline")
	String declineEarlier(@PathVariable String reference, Principal principal, Locale locale) {
		return pages.declineEarlier(visit(principal, reference, locale), "/bookings/" + reference);
	}

	@PostMapping("/bookings/{reference}/earlier/withdraw")
	String withdrawEarlier(@PathVariable String reference, Principal principal, Locale locale) {
		return pages.withdrawEarlier(visit(principal, reference, locale), "/bookings/" + reference);
	}

	@PostMapping("/bookings/{reference}/cancel")
	String cancel(@PathVariable String reference, Principal principal, Locale locale) {
		return pages.cancel(visit(principal, reference, locale), "/bookings/" + reference);
	}

	@GetMapping("/bookings/{reference}/reschedule")
	String rescheduleForm(@PathVariable String reference, @RequestParam Optional<LocalDate> date, Principal principal,
			Locale locale, Model model) {
		return pages.rescheduleForm(visit(principal, reference, locale), "/bookings/" + reference, date, locale, model);
	}

	@PostMapping("/bookings/{reference}/reschedule")
	String reschedule(@PathVariable String reference, @RequestParam Optional<String> slot, Principal principal, Locale locale,
			Model model, HttpServletResponse response) {
		return pages.reschedule(visit(principal, reference, locale), "/bookings/" + reference, slot, locale, model, response);
	}

	/** Another account's booking is simply not found. */
	private VisitView visit(Principal principal, String reference, Locale locale) {
		return directory.visit(customer(principal).contactId(), reference, locale)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Customer customer(Principal principal) {
		return directory.customer(principal.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

}
