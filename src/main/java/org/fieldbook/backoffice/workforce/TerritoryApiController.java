package org.fieldbook.backoffice.workforce;

import java.net.URI;
import java.security.Principal;

import org.fieldbook.workforce.TerritoryAdministration;
import org.fieldbook.workforce.TerritoryAdministration.Change;
import org.fieldbook.workforce.TerritoryAdministration.Details;
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

/** Territories for staff scripts: the list of the screen, one territory, and the admins' changes, each audited. */
@RestController
class TerritoryApiController {

	static final String PATH = "/api/v1/territories";

	private final TerritoryAdministration territories;

	private final AuditedWorkforce changes;

	TerritoryApiController(TerritoryAdministration territories, AuditedWorkforce changes) {
		this.territories = territories;
		this.changes = changes;
	}

	@GetMapping(PATH)
	WorkforcePage<Details> list(@ModelAttribute ListFilter filter, @RequestParam(defaultValue = "1") int page) {
		return territories.find(filter.toQuery(page));
	}

	@GetMapping(PATH + "/{id}")
	Details get(@PathVariable long id) {
		return territories.details(id).orElseThrow(() -> new WorkforceRecordNotFoundException("territory", id));
	}

	@PostMapping(PATH)
	ResponseEntity<Details> create(@RequestBody Change change, Principal staff) {
		Details created = changes.createTerritory(staff.getName(), change);
		return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
	}

	@PatchMapping(PATH + "/{id}")
	Details change(@PathVariable long id, @RequestBody Change change, Principal staff) {
		return changes.changeTerritory(staff.getName(), id, change);
	}

	@PostMapping(PATH + "/{id}/deactivate")
	Details deactivate(@PathVariable long id, Principal staff) {
		return changes.deactivateTerritory(staff.getName(), id);
	}

}
