package org.fieldbook.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fieldbook.booking.SlotQuery;
import org.fieldbook.booking.SlotSearchReferenceNotFoundException;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.scheduling.Reason;
import org.fieldbook.scheduling.SlotDay;
import org.fieldbook.scheduling.SlotSearchResult;
import org.fieldbook.settings.PortalSettingsService;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** The date strip and the free times of the chosen date, for booking and for moving a booking. */
@Component
class FreeTimes {

	/**
	 * A date of the strip and the times offered on it, or its arrival windows; a time's value carries its start and
	 * technicians, a window's its start and the technicians planned.
	 */
	record DateChoice(LocalDate date, String label, List<TimeChoice> times) {
	}

	record TimeChoice(String value, String label) {
	}

	/** A time the customer chose: {@code start|technician,technician} as the page offered it. */
	record Chosen(Instant start, List<String> technicians) {

		/** Empty when the value is not one the page offered (hand-made or cut short). */
		static Optional<Chosen> parse(String value) {
			String[] parts = value.split("\\|", 2);
			if (parts.length < 2 || parts[1].isBlank()) {
				return Optional.empty();
			}
			try {
				return Optional.of(new Chosen(Instant.parse(parts[0]), Arrays.asList(parts[1].split(","))));
			}
			catch (DateTimeParseException notATime) {
				return Optional.empty();
			}
		}

	}

	private final SlotSearchService slots;

	private final PortalSettingsService settings;

	private final MessageSource messages;

	FreeTimes(SlotSearchService slots, PortalSettingsService settings, MessageSource messages) {
		this.slots = slots;
		this.settings = settings;
		this.messages = messages;
	}

	/**
	 * Adds {@code dates}, {@code date}, {@code selected}, {@code zone}, {@code reasons} and {@code arrivalWindows}
	 * (whether the times are windows) to the page.
	 */
	void addTo(SlotQuery query, Optional<LocalDate> date, Locale locale, Model model) {
		SlotSearchResult result;
		try {
			result = slots.searchForCustomer(query);
		}
		catch (SlotSearchReferenceNotFoundException notYours) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", locale);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
		List<DateChoice> dates = result.days()
			.stream()
			.map(slotDay -> new DateChoice(slotDay.date(), day.format(slotDay.date()),
					slotDay.windows().isEmpty() ? times(slotDay, time) : windows(slotDay, time, locale)))
			.toList();
		LocalDate chosen = date.filter(wanted -> result.days().stream().map(SlotDay::date).anyMatch(wanted::equals))
			.orElse(dates.isEmpty() ? null : dates.get(0).date());
		model.addAttribute("dates", dates);
		model.addAttribute("date", chosen);
		model.addAttribute("selected", dates.stream().filter(choice -> choice.date().equals(chosen)).findFirst().orElse(null));
		model.addAttribute("zone", result.zone().getDisplayName(TextStyle.FULL, locale));
		model.addAttribute("arrivalWindows", result.days().stream().anyMatch(slotDay -> !slotDay.windows().isEmpty()));
		model.addAttribute("reasons", result.reasons().stream().map(reason -> inCustomerWords(reason, locale)).distinct().toList());
	}

	private static List<TimeChoice> times(SlotDay slotDay, DateTimeFormatter time) {
		return slotDay.slots()
			.stream()
			.map(offer -> new TimeChoice(value(offer.start(), offer.technicians()),
					time.format(offer.start()) + "–" + time.format(offer.end())))
			.toList();
	}

	/** A window's value carries its start and the technicians planned for it; booking it plans its start again. */
	private List<TimeChoice> windows(SlotDay slotDay, DateTimeFormatter time, Locale locale) {
		return slotDay.windows()
			.stream()
			.map(window -> new TimeChoice(value(window.start(), window.planned().technicians()), messages
				.getMessage("schedule.arrivalWindow", new Object[] { time.format(window.start()), time.format(window.end()) }, locale)))
			.toList();
	}

	private static String value(ZonedDateTime start, List<String> technicians) {
		return start.toInstant() + "|" + String.join(",", technicians);
	}

	private String inCustomerWords(Reason reason, Locale locale) {
		if (reason.code() == Reason.Code.FULLY_BOOKED && reason.until() != null) {
			return messages.getMessage("schedule.fullyBooked",
					new Object[] { DateTimeFormatter.ofPattern("d MMMM", locale).format(reason.until()) }, locale);
		}
		return messages.getMessage("schedule.noTechnician", new Object[] { settings.branding().contactPhone() }, locale);
	}

}
