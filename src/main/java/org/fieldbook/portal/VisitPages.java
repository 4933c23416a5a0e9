package org.fieldbook.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
import org.fieldbook.waitlist.EarlierTimeGoneException;
import org.fieldbook.waitlist.EarlierTimeOffers;
import org.fieldbook.waitlist.EarlierTimeRefusedException;
import org.fieldbook.waitlist.EarlierTimeRequest;
import org.fieldbook.waitlist.EarlierTimeRequests;
import org.fieldbook.web.Redirects;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** One booking's page and its cancel and reschedule actions, the same for a signed-in customer and for a link from a message. */
@Component
class VisitPages {

	/**
	 * A booking as its page shows it; {@code base} is where its actions post to.
	 *
	 * @param earlier whether it waits for an earlier time, and since when not before
	 */
	record VisitPage(String reference, String time, String status, String serviceType, String asset, String address,
			String account, boolean upcoming, boolean cancellable, boolean movable, String base, EarlierTime earlier) {
	}

	/** An open earlier-time offer on the visit's page: "Thu 12 Dec, 10:00–11:30 CST instead of Thu 19 Dec, 14:00?" */
	record OfferPage(String offered, String instead, String until) {
	}

	/**
	 * "Tell me if an earlier time frees up" on a visit's page.
	 *
	 * @param notBefore the date no earlier time may lie before, as the page shows it; null: none
	 */
	record EarlierTime(boolean waiting, String notBefore) {

		static final EarlierTime NOT_WAITING = new EarlierTime(false, null);

	}

	private final BookingService bookings;

	private final PortalSettingsService settings;

	private final CustomerDirectory directory;

	private final FreeTimes freeTimes;

	private final Clock clock;

	private final MessageSource messages;

	private final EarlierTimeRequests earlierTimes;

	private final EarlierTimeOffers earlierOffers;

	VisitPages(BookingService bookings, PortalSettingsService settings, CustomerDirectory directory, FreeTimes freeTimes,
			Clock clock, MessageSource messages, EarlierTimeRequests earlierTimes, EarlierTimeOffers earlierOffers) {
		this.earlierOffers = earlierOffers;
		this.clock = clock;
		this.messages = messages;
		this.earlierTimes = earlierTimes;
		this.bookings = bookings;
		this.settings = settings;
		this.directory = directory;
		this.freeTimes = freeTimes;
	}

	VisitPage page(VisitView visit, String base, Locale locale) {
		return page(visit, base, locale, earlierTimes.request(visit.bookingId()).orElse(null));
	}

	/** The pages of these visits, their waiting for earlier times read at once. */
	List<VisitPage> pages(List<VisitView> visits, Function<VisitView, String> base, Locale locale) {
		Map<Long, EarlierTimeRequest> waiting = earlierTimes.waiting(visits.stream().map(VisitView::bookingId).toList());
		return visits.stream().map(visit -> page(visit, base.apply(visit), locale, waiting.get(visit.bookingId()))).toList();
	}

	private VisitPage page(VisitView visit, String base, Locale locale, EarlierTimeRequest earlier) {
		return new VisitPage(visit.reference(), AppointmentTime.of(visit, locale, messages),
				visit.status().name(), visit.serviceType(), visit.asset(), visit.address(), visit.account(), visit.upcoming(clock.instant()),
				changeable(visit), bookings.customerMayMove(visit), base, earlier == null ? EarlierTime.NOT_WAITING
						: new EarlierTime(true, earlier.notBefore() == null ? null
								: DateTimeFormatter.ofPattern("EEE d MMM", locale).format(earlier.notBefore())));
	}

	/** In one read-only transaction: the visit's page, its waiting for an earlier time and its open offer on one connection. */
	@Transactional(readOnly = true)
	String show(VisitView visit, String base, Locale locale, Model model) {
		model.addAttribute("visit", page(visit, base, locale));
		earlierOffers.latest(visit.bookingId())
			.filter(offer -> offer.open() && offer.expiresAt().isAfter(clock.instant()))
			.ifPresent(offer -> model.addAttribute("offer", new OfferPage(
					AppointmentTime.format(offer.offeredStartsAt(), offer.offeredEndsAt(), visit.zone(), locale),
					DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", locale).format(offer.previousStartsAt().atZone(visit.zone())),
					DateTimeFormatter.ofPattern("HH:mm", locale).format(offer.expiresAt().atZone(visit.zone())))));
		model.addAttribute("cutoffHours", settings.portalRules().cancelCutoffHours());
		return "portal/booking";
	}

	/**
	 * The visit waits for an earlier time, not before the date given (blank: any); the page tells what happened,
	 * also why not.
	 */
	String askForEarlier(VisitView visit, String base, Optional<String> notBefore) {
		LocalDate date;
		try {
			date = notBefore.filter(text -> !text.isBlank()).map(text -> LocalDate.parse(text.strip())).orElse(null);
		}
		catch (DateTimeParseException notADate) {
			return Redirects.to(base, "earlierBadDate");
		}
		try {
			earlierTimes.ask(visit, date);
		}
		catch (EarlierTimeRefusedException refused) {
			return Redirects.to(base, refused.messageKey().equals(EarlierTimeRequests.NOT_BEFORE_TOO_LATE)
					? "earlierTooLate" : "earlierNotMovable");
		}
		return Redirects.to(base, "earlierAsked");
	}

	/**
	 * The customer takes the earlier time offered: the visit moves into it, or the page says it went to someone else;
	 * a second answer to an offer the visit took (a second tab) says it is the visit's.
	 */
	String takeEarlier(VisitView visit, String base) {
		try {
			earlierOffers.take(visit);
		}
		catch (EarlierTimeGoneException gone) {
			return Redirects.to(base, gone.takenByThisVisit() ? "earlierTaken" : "earlierGone");
		}
		catch (BookingStateException tooLate) {
			return Redirects.to(base, "tooLate");
		}
		return Redirects.to(base, "earlierTaken");
	}

	String declineEarlier(VisitView visit, String base) {
		return Redirects.to(base, earlierOffers.decline(visit.bookingId()) ? "earlierDeclined" : "earlierGone");
	}

	String withdrawEarlier(VisitView visit, String base) {
		earlierTimes.withdraw(visit.bookingId());
		return Redirects.to(base, "earlierWithdrawn");
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
