package org.fieldbook.portal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.fieldbook.booking.BookingRequest;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.SlotQuery;
import org.fieldbook.booking.SlotSearchReferenceNotFoundException;
import org.fieldbook.booking.SlotUnavailableException;
import org.fieldbook.booking.VisitAlreadyBookedException;
import org.fieldbook.portal.CustomerDirectory.AccountOption;
import org.fieldbook.portal.CustomerDirectory.Customer;
import org.fieldbook.settings.PortalRules;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Self-scheduling: account (when the contact has several), equipment (when asset selection is on),
 * service type, then a date strip and the free times of the chosen date on the account's clock, details, Book.
 * A slot taken meanwhile brings the customer back to fresh times; nothing is booked twice.
 */
@Controller
class ScheduleController {

	static final int MAX_DETAILS = 2_000;

	private final CustomerDirectory directory;

	private final FreeTimes freeTimes;

	private final BookingService bookings;

	private final PortalSettingsService settings;

	ScheduleController(CustomerDirectory directory, FreeTimes freeTimes, BookingService bookings,
			PortalSettingsService settings) {
		this.directory = directory;
		this.freeTimes = freeTimes;
		this.bookings = bookings;
		this.settings = settings;
	}

	@GetMapping("/schedule")
	String schedule(@RequestParam Optional<String> account, @RequestParam Optional<String> asset,
			@RequestParam Optional<String> serviceType, @RequestParam Optional<LocalDate> date, Principal principal,
			Locale locale, Model model) {
		Customer customer = customer(principal);
		PortalRules rules = settings.portalRules();
		List<AccountOption> accounts = directory.accounts(customer.contactId());
		Optional<String> chosenAccount = account.or(() -> accounts.size() == 1 ? Optional.of(accounts.get(0).id()) : Optional.empty());
		chosenAccount.ifPresent(id -> {
			if (accounts.stream().noneMatch(option -> option.id().equals(id))) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		});
		Optional<String> chosenAsset = asset.filter(id -> !id.isBlank() && rules.assetSelection());
		model.addAttribute("accounts", accounts);
		model.addAttribute("account", chosenAccount.orElse(null));
		model.addAttribute("assets", chosenAccount.filter(id -> rules.assetSelection())
			.map(id -> directory.assets(customer.contactId(), id)).orElse(List.of()));
		model.addAttribute("asset", chosenAsset.orElse(null));
		model.addAttribute("serviceTypes", directory.serviceTypes(locale));
		model.addAttribute("serviceType", serviceType.orElse(null));
		model.addAttribute("detailsEnabled", rules.additionalDetails());
		model.addAttribute("maxDetails", MAX_DETAILS);
		if (chosenAccount.isPresent() && serviceType.isPresent()) {
			freeTimes.addTo(new SlotQuery(serviceType.get(), chosenAccount.get(), chosenAsset.orElse(null), null), date, locale, model);
		}
		return "portal/schedule";
	}

	/**
	 * A time that cannot be read or details that are too long show the page again with what the customer chose and typed;
	 * so does a time at which the account already has the same visit, with a link to it.
	 */
	@PostMapping("/schedule")
	String book(@RequestParam String account, @RequestParam Optional<String> asset, @RequestParam String serviceType,
			@RequestParam Optional<LocalDate> date, @RequestParam Optional<String> slot, @RequestParam Optional<String> details,
			Principal principal, Locale locale, Model model, HttpServletResponse response) {
		Customer customer = customer(principal);
		UriComponentsBuilder again = UriComponentsBuilder.fromPath("/schedule").queryParam("account", account)
			.queryParam("serviceType", serviceType);
		asset.filter(id -> !id.isBlank()).ifPresent(id -> again.queryParam("asset", id));
		String text = details.map(typed -> typed.replace("\r\n", "\n").strip()).orElse("");
		Optional<FreeTimes.Chosen> picked = slot.flatMap(FreeTimes.Chosen::parse);
		if (picked.isEmpty() || text.length() > MAX_DETAILS) {
			model.addAttribute("problem", picked.isEmpty() ? "noTime" : "tooLong");
			model.addAttribute("details", text);
			model.addAttribute("chosenSlot", slot.orElse(null));
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			schedule(Optional.of(account), asset, Optional.of(serviceType), date, principal, locale, model);
			return "portal/schedule";
		}
		FreeTimes.Chosen chosen = picked.get();
		try {
			BookedVisit visit = bookings.book(new BookingRequest(serviceType, account,
					asset.filter(id -> !id.isBlank()).orElse(null), customer.contactId(), chosen.start(), chosen.technicians(),
					text.isEmpty() ? null : text));
			return Redirects.to(UriComponentsBuilder.fromPath("/bookings").pathSegment(visit.reference()).query("booked"));
		}
		catch (VisitAlreadyBookedException sameVisit) {
			model.addAttribute("sameVisit", sameVisit.getExistingReference());
			model.addAttribute("details", text);
			response.setStatus(HttpStatus.CONFLICT.value());
			return schedule(Optional.of(account), asset, Optional.of(serviceType), date, principal, locale, model);
		}
		catch (SlotUnavailableException taken) {
			return Redirects.to(again.queryParam("taken"));
		}
		catch (IllegalArgumentException | SlotSearchReferenceNotFoundException notYours) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private Customer customer(Principal principal) {
		return directory.customer(principal.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

}
