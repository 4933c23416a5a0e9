package org.fieldbook.backoffice.settings;

import java.security.Principal;

import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.booking.ServiceTypeSummary;
import org.fieldbook.customer.AccountSummary;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.web.Redirects;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The exclusion lists of the "General" tab: accounts and service types that receive no messages. Admins search
 * (a GET of the tab, see {@link ExclusionPicker}) and exclude a result, or remove one from the list; each change
 * is audited.
 */
@Controller
class MessagingExclusionController {

	private static final String ACCOUNTS = GeneralSettingsController.PATH + "/excluded-accounts";

	private static final String SERVICE_TYPES = GeneralSettingsController.PATH + "/excluded-service-types";

	private final PortalSettingsService settings;

	private final ExclusionPicker picker;

	private final AuditTrail audit;

	MessagingExclusionController(PortalSettingsService settings, ExclusionPicker picker, AuditTrail audit) {
		this.settings = settings;
		this.picker = picker;
		this.audit = audit;
	}

	@PostMapping(ACCOUNTS)
	String excludeAccount(@RequestParam long accountId, @RequestParam(defaultValue = "") String accountSearch,
			Principal staff) {
		AccountSummary account = picker.account(accountId);
		if (settings.excludeAccount(accountId)) {
			audit.record(staff.getName(), "settings.exclusion-added", "account " + account.externalId(),
					account.name() + ": messages → no messages");
		}
		return back("accountSearch", accountSearch, "excluded");
	}

	@PostMapping(ACCOUNTS + "/{accountId}/remove")
	String removeAccount(@PathVariable long accountId, Principal staff) {
		AccountSummary account = picker.account(accountId);
		if (settings.removeExcludedAccount(accountId)) {
			audit.record(staff.getName(), "settings.exclusion-removed", "account " + account.externalId(),
					account.name() + ": no messages → messages");
		}
		return back("accountSearch", "", "removed");
	}

	@PostMapping(SERVICE_TYPES)
	String excludeServiceType(@RequestParam long serviceTypeId, @RequestParam(defaultValue = "") String serviceTypeSearch,
			Principal staff) {
		ServiceTypeSummary serviceType = picker.serviceType(serviceTypeId);
		if (settings.excludeServiceType(serviceTypeId)) {
			audit.record(staff.getName(), "settings.exclusion-added", "service type " + serviceType.externalId(),
					serviceType.name() + ": messages → no messages");
		}
		return back("serviceTypeSearch", serviceTypeSearch, "excluded");
	}

	@PostMapping(SERVICE_TYPES + "/{serviceTypeId}/remove")
	String removeServiceType(@PathVariable long serviceTypeId, Principal staff) {
		ServiceTypeSummary serviceType = picker.serviceType(serviceTypeId);
		if (settings.removeExcludedServiceType(serviceTypeId)) {
			audit.record(staff.getName(), "settings.exclusion-removed", "service type " + serviceType.externalId(),
					serviceType.name() + ": no messages → messages");
		}
		return back("serviceTypeSearch", "", "removed");
	}

	private static String back(String searchParameter, String search, String flag) {
		UriComponentsBuilder page = UriComponentsBuilder.fromPath(GeneralSettingsController.PATH).query(flag);
		if (!search.isBlank()) {
			page.queryParam(searchParameter, search.strip());
		}
		return Redirects.to(page.fragment("exclusions"));
	}

}
