package org.fieldbook.backoffice.workforce;

import java.net.URI;
import java.security.Principal;

import org.fieldbook.workforce.TechnicianAdministration;
import org.fieldbook.workforce.TechnicianAdministration.Change;
import org.fieldbook.workforce.TechnicianAdministration.Details;
import org.fieldbook.workforce.TechnicianAdministration.Summary;
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

/** Technicians for staff scripts: the list of the screen, one technician, and the admins' changes, each audited. */
@RestController
class TechnicianApiController {

	static final String PATH = "/api/v1/technicians";

	private final TechnicianAdministration technicians;

	private final AuditedWorkforce changes;

	TechnicianApiController(TechnicianAdministration technicians, AuditedWorkforce changes) {
		this.technicians = technicians;
		this.changes = changes;
	}

	@GetMapping(PATH)
	WorkforcePage<Summary> list(@ModelAttribute ListFilter filter, @RequestParam(defaultValue = "1") int page) {
		return technicians.find(filter.toQuery(page));
	}

	@GetMapping(PATH + "/{id}")
	Details get(@PathVariable long id) {
		return technicians.details(id).orElseThrow(() -> new WorkforceRecordNotFoundException("technician", id));
	}

	@PostMapping(PATH)
	ResponseEntity<Details> create(@RequestBody Change change, Principal staff) {
		Details created = changes.createTechnician(staff.getName(), change);
		return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
	}

	@PatchMapping(PATH + "/{id}")
	Details change(@PathVariable long id, @RequestBody Change change, Principal staff) {
		return changes.changeTechnician(staff.getName(), id, change);
	}

	@PostMapping(PATH + "/{id}/deactivate")
	Details deactivate(@PathVariable long id, Principal staff) {
		return changes.deactivateTechnician(staff.getName(), id);
	}

}
