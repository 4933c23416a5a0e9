package org.fieldbook.backoffice.masterdata;

import java.security.Principal;
import java.util.Map;

import org.fieldbook.customer.AssetRow;
import org.fieldbook.customer.CustomerRecordNotFoundException;
import org.fieldbook.customer.CustomerRecords;
import org.fieldbook.masterdata.MasterDataRules.AddressInput;
import org.fieldbook.masterdata.MasterDataRules.AssetInput;
import org.fieldbook.web.Redirects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Admins search, create and edit the assets of accounts, each at its account's address or at a functional location
 * of its own (edited with the asset); the functional locations have a list of their own. An asset is deactivated,
 * never deleted.
 */
@Controller
class AssetsController {

	private static final String PATH = "/admin/master-data/assets";

	private final CustomerRecords records;

	private final CustomerEditing editing;

	AssetsController(CustomerRecords records, CustomerEditing editing) {
		this.records = records;
		this.editing = editing;
	}

	@GetMapping(PATH)
	String list(@ModelAttribute("filter") CustomerFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("rows", records.assets(filter.search(page)));
		model.addAttribute("path", PATH);
		return "backoffice/masterdata/assets";
	}

	@GetMapping("/admin/master-data/functional-locations")
	String locations(@ModelAttribute("filter") CustomerFilter filter, @RequestParam(defaultValue = "1") int page,
			Model model) {
		model.addAttribute("rows", records.functionalLocations(filter.search(page)));
		model.addAttribute("path", "/admin/master-data/functional-locations");
		return "backoffice/masterdata/functional-locations";
	}

	@GetMapping(PATH + "/new")
	String newAsset(@RequestParam(required = false) String account, Model model) {
		return form(null, new AssetInput(null, account, null, true, null, null), Map.of(), model);
	}

	@PostMapping(PATH + "/new")
	String create(@ModelAttribute("form") AssetInput form, Principal staff, Model model) {
		try {
			AssetRow created = editing.createAsset(staff.getName(), form);
			return Redirects.to(PATH + "/" + created.id(), "saved");
		}
		catch (RecordRejectedException ex) {
			return form(null, form, FieldProblems.of(ex.problems()), model);
		}
	}

	@GetMapping(PATH + "/{id}")
	String edit(@PathVariable long id, Model model) {
		AssetRow asset = asset(id);
		return form(asset, new AssetInput(asset.externalId(), asset.accountExternalId(), asset.name(), asset.active(),
				asset.locationName(), AddressInput.of(asset.location())), Map.of(), model);
	}

	@PostMapping(PATH + "/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") AssetInput form, Principal staff, Model model) {
		AssetRow asset = asset(id);
		try {
			editing.updateAsset(staff.getName(), id, form);
			return Redirects.to(PATH + "/" + id, "saved");
		}
		catch (RecordRejectedException ex) {
			return form(asset, form, FieldProblems.of(ex.problems()), model);
		}
	}

	private AssetRow asset(long id) {
		return records.asset(id).orElseThrow(() -> new CustomerRecordNotFoundException("asset", id));
	}

	private static String form(AssetRow asset, AssetInput form, Map<String, FieldProblems.Problem> problems, Model model) {
		model.addAttribute("asset", asset);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		return "backoffice/masterdata/asset";
	}

}
