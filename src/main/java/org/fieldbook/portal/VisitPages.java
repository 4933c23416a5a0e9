package org.fieldbook.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingStateException;
import org.fieldbook.booking.SlotQuery;
import org.fieldbook.booking.SlotSearchReferenceNotFoundException;
import org.fieldbook.booking.SlotUnavailableException;
import org.fieldbook.booking.VisitAlreadyBookedException;
import org.fieldbook.booking.VisitRequest;
import org.fieldbook.booking.VisitView;
import org.fieldbook.notification.AppointmentTime;
import org.fieldbook.portal.FreeTimes.Chosen;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.web.Redirects;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** One booking's page and its cancel and reschedule actions, the same for a signed-in customer and for a link from a message. */
@Component
class VisitPages {

	/** A booking as its page shows it; {@code base} is where its actions post to. */
	record VisitPage(String reference, String time, String status, String serviceType, String asset, String address,
			String account, boolean upcoming, boolean cancellable, boolean movable, String base) {
	}

	private final BookingService bookings;

	private final PortalSettingsService settings;

	private final CustomerDirectory directory;

	private final FreeTimes freeTimes;

	private final Clock clock;

	private final MessageSource messages;

	VisitPages(BookingService bookings, PortalSettingsService settings, CustomerDirectory directory, FreeTimes freeTimes,
			Clock clock, MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
		this.bookings = bookings;
		this.settings = settings;
		this.directory = directory;
		this.freeTimes = freeTimes;
	}

	VisitPage page(VisitView visit, String base, Locale locale) {
		return new VisitPage(visit.reference(), AppointmentTime.of(visit, locale, messages),
				visit.status().name(), visit.serviceType(), visit.asset(), visit.address(), visit.account(), visit.upcoming(clock.instant()),
				changeable(visit), bookings.customerMayMove(visit), base);
	}

	String show(VisitView visit, String base, Locale locale, Model model) {
		model.addAttribute("visit", page(visit, base, locale));
		model.addAttribute("cutoffHours", settings.portalRules().cancelCutoffHours());
		return "portal/booking";
	}

	/** Cancels when the cut-off allows; either way the booking page tells what happened. */
	String cancel(VisitView visit, String base) {
		if (!changeable(visit)) {
			return Redirects.to(base, "tooLate");
		}
		try {
			bookings.cancel(visit.reference());
		}
		catch (BookingStateException alreadyClosed) {
			return Redirects.to(base, "tooLate");
		}
		return Redirects.to(base, "canceled");
	}

	/** The free times to move the booking to, same rules as booking. */
	String rescheduleForm(VisitView visit, String base, Optional<LocalDate> date, Locale locale, Model model) {
		if (!changeable(visit)) {
			return Redirects.to(base, "tooLate");
		}
		VisitRequest request = directory.requestOf(visit.bookingId());
		freeTimes.addTo(new SlotQuery(request.serviceType(), request.account(), request.asset(), null), date, locale, model);
		model.addAttribute("visit", page(visit, base, locale));
		return "portal/reschedule";
	}

	/**
	 * Moves the booking to the chosen time; a time taken meanwhile brings back fresh times, the booking unchanged, and
	 * so does a time at which the account already has the same visit, pointing to it.
	 */
	String reschedule(VisitView visit, String base, Optional<String> slot, Locale locale, Model model,
			HttpServletResponse response) {
		if (!changeable(visit)) {
			return Redirects.to(base, "tooLate");
		}
		Optional<Chosen> picked = slot.flatMap(Chosen::parse);
		if (picked.isEmpty()) {
			return Redirects.to(base + "/reschedule", "noTime");
		}
		Chosen chosen = picked.get();
		try {
			bookings.reschedule(visit.reference(), chosen.start(), chosen.technicians());
		}
		catch (SlotSearchReferenceNotFoundException hiddenServiceType) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		catch (VisitAlreadyBookedException sameVisit) {
			model.addAttribute("sameVisit", sameVisit.getExistingReference());
			model.addAttribute("sameVisitPage", pageOf(sameVisit.getExistingReference(), base));
			response.setStatus(HttpStatus.CONFLICT.value());
			return rescheduleForm(visit, base, Optional.of(LocalDate.ofInstant(chosen.start(), visit.zone())), locale, model);
		}
		catch (SlotUnavailableException taken) {
			return Redirects.to(base + "/reschedule", "taken");
		}
		catch (BookingStateException closed) {
			return Redirects.to(base, "tooLate");
		}
		return Redirects.to(base, "rescheduled");
	}

	/** A signed-in customer's pages link to another of its visits; a link code opens its own visit only. */
	private static String pageOf(String otherReference, String base) {
		return base.startsWith("/bookings/") ? "/bookings/" + otherReference : null;
	}

	/** The cut-off is the booking's rule; the page only asks it, to offer or hide the actions. */
	private boolean changeable(VisitView visit) {
		return bookings.customerMayChange(visit);
	}

}
