package org.fieldbook.backoffice.workforce;

import java.security.Principal;

import org.fieldbook.web.Redirects;
import org.fieldbook.workforce.ExternalIdTakenException;
import org.fieldbook.workforce.InvalidWorkforceChangeException;
import org.fieldbook.workforce.TerritoryAdministration;
import org.fieldbook.workforce.TerritoryAdministration.Change;
import org.fieldbook.workforce.TerritoryAdministration.Details;
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

/** Admins find, create and edit territories (name, time zone, active); each change audited. */
@Controller
class TerritoryController {

	static final String PATH = "/admin/master-data/territories";

	private final TerritoryAdministration territories;

	private final AuditedWorkforce changes;

	TerritoryController(TerritoryAdministration territories, AuditedWorkforce changes) {
		this.territories = territories;
		this.changes = changes;
	}

	@GetMapping(PATH)
	String list(@ModelAttribute("filter") ListFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("territories", territories.find(filter.toQuery(page)));
		return "backoffice/workforce/territories";
	}

	@GetMapping(PATH + "/new")
	String create(Model model) {
		return form(new RecordForm(), null, model);
	}

	@PostMapping(PATH)
	String create(@ModelAttribute("form") RecordForm form, BindingResult result, Principal staff, Model model) {
		try {
			Details created = changes.createTerritory(staff.getName(),
					new Change(form.getExternalId(), form.getName(), form.getTimeZone(), form.isActive()));
			return Redirects.to(PATH + "/" + created.id(), "saved");
		}
		catch (InvalidWorkforceChangeException refused) {
			FieldProblems.show(refused, result);
		}
		catch (ExternalIdTakenException taken) {
			FieldProblems.externalIdTaken(result);
		}
		return form(form, null, model);
	}

	@GetMapping(PATH + "/{id}")
	String edit(@PathVariable long id, Model model) {
		Details territory = territory(id);
		return form(RecordForm.of(territory.externalId(), territory.name(), territory.timeZone(), territory.active()),
				territory, model);
	}

	@PostMapping(PATH + "/{id}")
	String edit(@PathVariable long id, @ModelAttribute("form") RecordForm form, BindingResult result, Principal staff,
			Model model) {
		Details territory = territory(id);
		try {
			changes.changeTerritory(staff.getName(), id, new Change(null, form.getName(), form.getTimeZone(), form.isActive()));
			return Redirects.to(PATH + "/" + id, "saved");
		}
		catch (InvalidWorkforceChangeException refused) {
			FieldProblems.show(refused, result);
		}
		form.setExternalId(territory.externalId());
		return form(form, territory, model);
	}

	@PostMapping(PATH + "/{id}/deactivate")
	String deactivate(@PathVariable long id, Principal staff) {
		territory(id);
		changes.deactivateTerritory(staff.getName(), id);
		return Redirects.to(PATH + "/" + id, "deactivated");
	}

	private String form(RecordForm form, Details territory, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("record", territory);
		model.addAttribute("zones", WorkforceZones.SORTED);
		model.addAttribute("kind", "territories");
		return "backoffice/workforce/record";
	}

	private Details territory(long id) {
		return territories.details(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
