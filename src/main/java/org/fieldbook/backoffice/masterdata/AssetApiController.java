package org.fieldbook.backoffice.masterdata;

import java.net.URI;
import java.security.Principal;

import org.fieldbook.customer.AssetRow;
import org.fieldbook.customer.CustomerPage;
import org.fieldbook.customer.CustomerRecordNotFoundException;
import org.fieldbook.customer.CustomerRecords;
import org.fieldbook.masterdata.MasterDataRules.AssetInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Assets for scripts: the screen's search (50 a page), one asset, create, replace and deactivate; and the functional locations. */
@RestController
class AssetApiController {

	private static final String PATH = "/api/v1/assets";

	private final CustomerRecords records;

	private final CustomerEditing editing;

	AssetApiController(CustomerRecords records, CustomerEditing editing) {
		this.records = records;
		this.editing = editing;
	}

	@GetMapping(PATH)
	CustomerPage<AssetRow> list(@ModelAttribute CustomerFilter filter, @RequestParam(defaultValue = "1") int page) {
		return records.assets(filter.search(page));
	}

	/** The assets that stand at a functional location of their own, searched as the assets are. */
	@GetMapping("/api/v1/functional-locations")
	CustomerPage<AssetRow> functionalLocations(@ModelAttribute CustomerFilter filter,
			@RequestParam(defaultValue = "1") int page) {
		return records.functionalLocations(filter.search(page));
	}

	@GetMapping(PATH + "/{id}")
	AssetRow get(@PathVariable long id) {
		return records.asset(id).orElseThrow(() -> new CustomerRecordNotFoundException("asset", id));
	}

	@PostMapping(PATH)
	ResponseEntity<AssetRow> create(@RequestBody AssetInput input, Principal staff) {
		AssetRow created = editing.createAsset(staff.getName(), input);
		return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
	}

	@PutMapping(PATH + "/{id}")
	AssetRow update(@PathVariable long id, @RequestBody AssetInput input, Principal staff) {
		return editing.updateAsset(staff.getName(), id, input);
	}

	@PostMapping(PATH + "/{id}/deactivate")
	AssetRow deactivate(@PathVariable long id, Principal staff) {
		return editing.deactivateAsset(staff.getName(), id);
	}

}
