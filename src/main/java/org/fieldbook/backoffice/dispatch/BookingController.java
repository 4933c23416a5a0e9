package org.fieldbook.backoffice.dispatch;

import java.security.Principal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.fieldbook.booking.BookingNotFoundException;
import org.fieldbook.booking.BookingStateException;
import org.fieldbook.booking.SlotUnavailableException;
import org.fieldbook.booking.VisitAlreadyBookedException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A booking for dispatchers: its work order, timeline and messages, and the forms to complete, reschedule, cancel
 * or reassign it. A refused change shows why on a page of its own (409), the booking unchanged.
 */
@Controller
class BookingController {

	private static final int REASON_LENGTH = 500;

	private final BookingDesk desk;

	BookingController(BookingDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/admin/bookings/{reference}")
	String show(@PathVariable String reference, Model model) {
		return page(reference, model);
	}

	@PostMapping("/admin/bookings/{reference}/complete")
	String complete(@PathVariable String reference, @RequestParam(required = false) Long version, Principal staff,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		return change(reference, "completed", redirect, model, response,
				() -> desk.complete(reference, version, staff.getName()));
	}

	/** {@code slot}: an offered time as {@code start|technician,technician}. */
	@PostMapping("/admin/bookings/{reference}/reschedule")
	String reschedule(@PathVariable String reference, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String slot, Principal staff, RedirectAttributes redirect, Model model,
			HttpServletResponse response) {
		String[] parts = slot == null ? new String[0] : slot.split("\\|", 2);
		Instant startsAt = parts.length == 2 ? instant(parts[0]) : null;
		if (startsAt == null) {
			model.addAttribute("slotError", true);
			return invalid(reference, model, response);
		}
		List<String> technicians = Arrays.stream(parts[1].split(",")).filter(id -> !id.isBlank()).toList();
		return change(reference, "rescheduled", redirect, model, response,
				() -> desk.reschedule(reference, version, startsAt, technicians, staff.getName()));
	}

	@PostMapping("/admin/bookings/{reference}/cancel")
	String cancel(@PathVariable String reference, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, Principal staff, RedirectAttributes redirect, Model model,
			HttpServletResponse response) {
		if (reason == null || reason.isBlank() || reason.length() > REASON_LENGTH) {
			model.addAttribute("reasonError", true);
			model.addAttribute("reason", reason == null ? "" : reason.substring(0, Math.min(reason.length(), REASON_LENGTH)));
			return invalid(reference, model, response);
		}
		return change(reference, "canceled", redirect, model, response,
				() -> desk.cancel(reference, version, reason.strip(), staff.getName()));
	}

	@PostMapping("/admin/bookings/{reference}/reassign")
	String reassign(@PathVariable String reference, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String technician, Principal staff, RedirectAttributes redirect, Model model,
			HttpServletResponse response) {
		if (technician == null || technician.isBlank()) {
			model.addAttribute("technicianError", true);
			return invalid(reference, model, response);
		}
		return change(reference, "reassigned", redirect, model, response,
				() -> desk.reassign(reference, version, technician, staff.getName()));
	}

	private String page(String reference, Model model) {
		BookingDesk.Booking booking = booking(reference);
		model.addAttribute("view", booking);
		model.addAttribute("offered", desk.offeredTimes(booking.booking()));
		model.addAttribute("candidates", desk.takeOverCandidates(booking.booking()));
		return "backoffice/booking";
	}

	private String invalid(String reference, Model model, HttpServletResponse response) {
		String page = page(reference, model);
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return page;
	}

	/** The typed refusals of a change, each shown as a reason on the conflict page. */
	private String change(String reference, String done, RedirectAttributes redirect, Model model,
			HttpServletResponse response, Runnable change) {
		String problem;
		try {
			change.run();
			redirect.addFlashAttribute("done", done);
			return "redirect:/admin/bookings/{reference}";
		}
		catch (BookingNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such booking");
		}
		catch (BookingChangedMeanwhileException ex) {
			problem = "changedMeanwhile";
		}
		catch (BookingStateException ex) {
			problem = "notScheduled";
		}
		catch (SlotUnavailableException | TimeNotOfferedException ex) {
			problem = "notFree";
		}
		catch (VisitAlreadyBookedException ex) {
			problem = "sameVisit";
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("reference", reference);
		model.addAttribute("problem", problem);
		return "backoffice/booking-conflict";
	}

	private BookingDesk.Booking booking(String reference) {
		try {
			return desk.booking(reference);
		}
		catch (BookingNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such booking");
		}
	}

	private static Instant instant(String text) {
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
