package org.fieldbook.backoffice.servicetypes;

import java.security.Principal;

import org.fieldbook.booking.ServiceTypeAdministration;
import org.fieldbook.booking.ServiceTypeAdministration.Change;
import org.fieldbook.booking.ServiceTypeAdministration.Details;
import org.fieldbook.booking.ServiceTypeAdministration.Page;
import org.fieldbook.booking.ServiceTypeFilter;
import org.fieldbook.booking.ServiceTypeNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service types for staff's scripts: the list with the screen's filters (50 a page), one type, and a change of
 * the fields the screen changes (a field left out or null stays as it is; {@code "arrivalWindows": ""} goes back to
 * exact times), audited as the screen's are.
 */
@RestController
class ServiceTypeApiController {

	private final ServiceTypeAdministration serviceTypes;

	private final ServiceTypeAudit audit;

	ServiceTypeApiController(ServiceTypeAdministration serviceTypes, ServiceTypeAudit audit) {
		this.serviceTypes = serviceTypes;
		this.audit = audit;
	}

	@GetMapping("/api/v1/service-types")
	Page list(@ModelAttribute("filter") ServiceTypeFilter filter, @RequestParam(defaultValue = "1") int page) {
		return serviceTypes.find(filter, page);
	}

	@GetMapping("/api/v1/service-types/{externalId}")
	Details show(@PathVariable String externalId) {
		return serviceTypes.details(externalId).orElseThrow(() -> new ServiceTypeNotFoundException(externalId));
	}

	@PatchMapping("/api/v1/service-types/{externalId}")
	Details change(@PathVariable String externalId, @RequestBody Change change, Principal staff) {
		return audit.change(staff.getName(), externalId, change).details();
	}

}
