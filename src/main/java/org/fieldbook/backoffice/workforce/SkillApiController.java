package org.fieldbook.backoffice.workforce;

import java.net.URI;
import java.security.Principal;

import org.fieldbook.workforce.SkillAdministration;
import org.fieldbook.workforce.SkillAdministration.Change;
import org.fieldbook.workforce.SkillAdministration.Details;
import org.fieldbook.workforce.WorkforcePage;
import org.fieldbook.workforce.WorkforceRecordNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Skills for staff scripts: the list of the screen, one skill, and the admins' changes, each audited. */
@RestController
class SkillApiController {

	static final String PATH = "/api/v1/skills";

	private final SkillAdministration skills;

	private final AuditedWorkforce changes;

	SkillApiController(SkillAdministration skills, AuditedWorkforce changes) {
		this.skills = skills;
		this.changes = changes;
	}

	@GetMapping(PATH)
	WorkforcePage<Details> list(@ModelAttribute ListFilter filter, @RequestParam(defaultValue = "1") int page) {
		return skills.find(filter.toQuery(page));
	}

	@GetMapping(PATH + "/{id}")
	Details get(@PathVariable long id) {
		return skills.details(id).orElseThrow(() -> new WorkforceRecordNotFoundException("skill", id));
	}

	@PostMapping(PATH)
	ResponseEntity<Details> create(@RequestBody Change change, Principal staff) {
		Details created = changes.createSkill(staff.getName(), change);
		return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
	}

	@PatchMapping(PATH + "/{id}")
	Details change(@PathVariable long id, @RequestBody Change change, Principal staff) {
		return changes.changeSkill(staff.getName(), id, change);
	}

	@PostMapping(PATH + "/{id}/deactivate")
	Details deactivate(@PathVariable long id, Principal staff) {
		return changes.deactivateSkill(staff.getName(), id);
	}

}
