package org.fieldbook.backoffice.servicetypes;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.fieldbook.booking.ArrivalWindows;
import org.fieldbook.booking.InvalidServiceTypeException;
import org.fieldbook.booking.ServiceTypeAdministration;
import org.fieldbook.booking.ServiceTypeAdministration.Details;
import org.fieldbook.booking.ServiceTypeFilter;
import org.fieldbook.booking.ServiceTypeNotFoundException;
import org.fieldbook.customer.Languages;
import org.fieldbook.web.Redirects;
import org.fieldbook.workforce.Workforce;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Admins choose which service types the portal offers and under which name in each language, what a visit needs
 * (its duration, crew size and skills) and whether it is promised at an exact time or in arrival windows. Each saved
 * change is audited and takes effect at once.
 */
@Controller
class ServiceTypesController {

	private final ServiceTypeAdministration serviceTypes;

	private final ServiceTypeAudit audit;

	private final Workforce workforce;

	ServiceTypesController(ServiceTypeAdministration serviceTypes, ServiceTypeAudit audit, Workforce workforce) {
		this.serviceTypes = serviceTypes;
		this.audit = audit;
		this.workforce = workforce;
	}

	@GetMapping("/admin/service-types")
	String list(@ModelAttribute("filter") ServiceTypeFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("serviceTypes", serviceTypes.find(filter, page));
		return "backoffice/service-types";
	}

	@GetMapping("/admin/service-types/{externalId}")
	String edit(@PathVariable String externalId, Model model) {
		Details details = details(externalId);
		return form(details, ServiceTypeForm.of(details), model);
	}

	/** A refused value shows the form again with what was typed, the reason next to the field (422). */
	@PostMapping("/admin/service-types/{externalId}")
	String save(@PathVariable String externalId, @Valid @ModelAttribute("form") ServiceTypeForm form, BindingResult result,
			Principal staff, Model model, HttpServletResponse response) {
		Details details = details(externalId);
		if (!result.hasErrors()) {
			try {
				audit.change(staff.getName(), externalId, form.change());
				return Redirects.to(UriComponentsBuilder.fromPath("/admin/service-types").pathSegment(externalId).query("saved"));
			}
			catch (InvalidServiceTypeException invalid) {
				invalid.problems()
					.forEach(problem -> result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null));
			}
			catch (ServiceTypeNotFoundException gone) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return form(details, form, model);
	}

	private Details details(String externalId) {
		return serviceTypes.details(externalId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String form(Details details, ServiceTypeForm form, Model model) {
		model.addAttribute("serviceType", details);
		model.addAttribute("form", form);
		model.addAttribute("languages", Languages.SUPPORTED);
		model.addAttribute("skills", workforce.skills());
		model.addAttribute("maxLevel", ServiceTypeAdministration.MAX_LEVEL);
		model.addAttribute("minDuration", ServiceTypeAdministration.MIN_DURATION);
		model.addAttribute("maxDuration", ServiceTypeAdministration.MAX_DURATION);
		model.addAttribute("maxCrew", ServiceTypeAdministration.MAX_CREW);
		model.addAttribute("maxName", ServiceTypeAdministration.MAX_NAME);
		model.addAttribute("maxArrivalWindows", ArrivalWindows.MAX_TEXT);
		model.addAttribute("arrivalWindowsList", ArrivalWindows.EXAMPLE_LIST);
		model.addAttribute("arrivalWindowsGrid", ArrivalWindows.EXAMPLE_GRID);
		return "backoffice/service-type";
	}

}
