package org.fieldbook.backoffice.workforce;

import java.security.Principal;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.fieldbook.web.Redirects;
import org.fieldbook.workforce.ExternalIdTakenException;
import org.fieldbook.workforce.InvalidWorkforceChangeException;
import org.fieldbook.workforce.SkillAdministration;
import org.fieldbook.workforce.TechnicianAdministration;
import org.fieldbook.workforce.TechnicianAdministration.Details;
import org.fieldbook.workforce.TerritoryAdministration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Admins find, create and edit technicians: skills, weekly hours, time off, territories and home; each change audited. */
@Controller
class TechnicianController {

	static final String PATH = "/admin/master-data/technicians";

	private final TechnicianAdministration technicians;

	private final TerritoryAdministration territories;

	private final SkillAdministration skills;

	private final AuditedWorkforce changes;

	TechnicianController(TechnicianAdministration technicians, TerritoryAdministration territories,
			SkillAdministration skills, AuditedWorkforce changes) {
		this.technicians = technicians;
		this.territories = territories;
		this.skills = skills;
		this.changes = changes;
	}

	/** A row index no form has (negative, too large, not a number) is no field: it is left out, not an error page. */
	@InitBinder("form")
	void rowsOnly(WebDataBinder binder) {
		binder.setIgnoreInvalidFields(true);
	}

	@GetMapping(PATH)
	String list(@ModelAttribute("filter") ListFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("technicians", technicians.find(filter.toQuery(page)));
		model.addAttribute("territories", territories.options());
		return "backoffice/workforce/technicians";
	}

	@GetMapping(PATH + "/new")
	String create(Model model) {
		return form(new TechnicianForm().withBlankRows(), null, model);
	}

	@PostMapping(PATH)
	String create(@ModelAttribute("form") TechnicianForm form, BindingResult result, Principal staff, Model model) {
		if (!result.hasErrors()) {
			form.compact();
			try {
				Details created = changes.createTechnician(staff.getName(), form.change());
				return Redirects.to(PATH + "/" + created.id(), "saved");
			}
			catch (InvalidWorkforceChangeException refused) {
				FieldProblems.show(refused, result);
			}
			catch (ExternalIdTakenException taken) {
				FieldProblems.externalIdTaken(result);
			}
		}
		return form(form.withBlankRows(), null, model);
	}

	@GetMapping(PATH + "/{id}")
	String edit(@PathVariable long id, Model model) {
		Details technician = technician(id);
		return form(TechnicianForm.of(technician).withBlankRows(), technician, model);
	}

	@PostMapping(PATH + "/{id}")
	String edit(@PathVariable long id, @ModelAttribute("form") TechnicianForm form, BindingResult result,
			Principal staff, Model model) {
		Details technician = technician(id);
		if (!result.hasErrors()) {
			form.compact();
			try {
				changes.changeTechnician(staff.getName(), id, form.change());
				return Redirects.to(PATH + "/" + id, "saved");
			}
			catch (InvalidWorkforceChangeException refused) {
				FieldProblems.show(refused, result);
			}
		}
		return form(form.withBlankRows(), technician, model);
	}

	@PostMapping(PATH + "/{id}/deactivate")
	String deactivate(@PathVariable long id, Principal staff) {
		technician(id);
		changes.deactivateTechnician(staff.getName(), id);
		return Redirects.to(PATH + "/" + id, "deactivated");
	}

	private String form(TechnicianForm form, Details technician, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("form", form);
		model.addAttribute("technician", technician);
		model.addAttribute("skillOptions", skills.options());
		model.addAttribute("territoryOptions", territories.options());
		model.addAttribute("zones", WorkforceZones.SORTED);
		model.addAttribute("days", days(locale));
		return "backoffice/workforce/technician";
	}

	private static Map<DayOfWeek, String> days(Locale locale) {
		Map<DayOfWeek, String> days = new LinkedHashMap<>();
		Arrays.stream(DayOfWeek.values()).forEach(day -> days.put(day, day.getDisplayName(TextStyle.FULL, locale)));
		return days;
	}

	private Details technician(long id) {
		return technicians.details(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
