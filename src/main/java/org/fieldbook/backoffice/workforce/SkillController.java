package org.fieldbook.backoffice.workforce;

import java.security.Principal;

import org.fieldbook.web.Redirects;
import org.fieldbook.workforce.ExternalIdTakenException;
import org.fieldbook.workforce.InvalidWorkforceChangeException;
import org.fieldbook.workforce.SkillAdministration;
import org.fieldbook.workforce.SkillAdministration.Change;
import org.fieldbook.workforce.SkillAdministration.Details;
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

/** Admins find, create and edit skills (name, active); each change audited. */
@Controller
class SkillController {

	static final String PATH = "/admin/master-data/skills";

	private final SkillAdministration skills;

	private final AuditedWorkforce changes;

	SkillController(SkillAdministration skills, AuditedWorkforce changes) {
		this.skills = skills;
		this.changes = changes;
	}

	@GetMapping(PATH)
	String list(@ModelAttribute("filter") ListFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("skills", skills.find(filter.toQuery(page)));
		return "backoffice/workforce/skills";
	}

	@GetMapping(PATH + "/new")
	String create(Model model) {
		return form(new RecordForm(), null, model);
	}

	@PostMapping(PATH)
	String create(@ModelAttribute("form") RecordForm form, BindingResult result, Principal staff, Model model) {
		try {
			Details created = changes.createSkill(staff.getName(),
					new Change(form.getExternalId(), form.getName(), form.isActive()));
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
		Details skill = skill(id);
		return form(RecordForm.of(skill.externalId(), skill.name(), null, skill.active()), skill, model);
	}

	@PostMapping(PATH + "/{id}")
	String edit(@PathVariable long id, @ModelAttribute("form") RecordForm form, BindingResult result, Principal staff,
			Model model) {
		Details skill = skill(id);
		try {
			changes.changeSkill(staff.getName(), id, new Change(null, form.getName(), form.isActive()));
			return Redirects.to(PATH + "/" + id, "saved");
		}
		catch (InvalidWorkforceChangeException refused) {
			FieldProblems.show(refused, result);
		}
		form.setExternalId(skill.externalId());
		return form(form, skill, model);
	}

	@PostMapping(PATH + "/{id}/deactivate")
	String deactivate(@PathVariable long id, Principal staff) {
		skill(id);
		changes.deactivateSkill(staff.getName(), id);
		return Redirects.to(PATH + "/" + id, "deactivated");
	}

	private String form(RecordForm form, Details skill, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("record", skill);
		model.addAttribute("kind", "skills");
		return "backoffice/workforce/record";
	}

	private Details skill(long id) {
		return skills.details(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
