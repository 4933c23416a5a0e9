package org.fieldbook.backoffice.settings;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.fieldbook.booking.ServiceTypeCatalog;
import org.fieldbook.booking.ServiceTypeSummary;
import org.fieldbook.customer.AccountSummary;
import org.fieldbook.customer.Contacts;
import org.fieldbook.settings.MessagingExclusions;
import org.fieldbook.settings.PortalSettingsService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** The exclusion lists as the "General" tab shows them, and the search that finds what to add to them. */
@Component
class ExclusionPicker {

	static final int SEARCH_RESULTS = 20;

	private final PortalSettingsService settings;

	private final Contacts contacts;

	private final ServiceTypeCatalog serviceTypes;

	ExclusionPicker(PortalSettingsService settings, Contacts contacts, ServiceTypeCatalog serviceTypes) {
		this.settings = settings;
		this.contacts = contacts;
		this.serviceTypes = serviceTypes;
	}

	/** The lists and, for a search that names something, its first results, for the "General" tab. */
	void addTo(Model model, String accountSearch, String serviceTypeSearch) {
		MessagingExclusions excluded = settings.messagingExclusions();
		model.addAttribute("excludedAccounts", contacts.accounts(excluded.accounts())
			.values()
			.stream()
			.sorted(Comparator.comparing(AccountSummary::name, String.CASE_INSENSITIVE_ORDER))
			.toList());
		model.addAttribute("excludedServiceTypes", serviceTypes.summaries(excluded.serviceTypes()));
		model.addAttribute("excluded", excluded);
		model.addAttribute("accountSearch", accountSearch);
		model.addAttribute("serviceTypeSearch", serviceTypeSearch);
		model.addAttribute("searchResults", SEARCH_RESULTS);
		if (!accountSearch.isEmpty()) {
			model.addAttribute("accountResults", contacts.searchAccounts(accountSearch, SEARCH_RESULTS));
		}
		if (!serviceTypeSearch.isEmpty()) {
			model.addAttribute("serviceTypeResults", serviceTypes.search(serviceTypeSearch, SEARCH_RESULTS));
		}
	}

	AccountSummary account(long id) {
		return Optional.ofNullable(contacts.accounts(List.of(id)).get(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such account"));
	}

	ServiceTypeSummary serviceType(long id) {
		return serviceTypes.summaries(List.of(id))
			.stream()
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such service type"));
	}

}
