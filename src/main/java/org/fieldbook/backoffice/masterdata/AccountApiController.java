package org.fieldbook.backoffice.masterdata;

import java.net.URI;
import java.security.Principal;

import org.fieldbook.customer.AccountRow;
import org.fieldbook.customer.CustomerPage;
import org.fieldbook.customer.CustomerRecordNotFoundException;
import org.fieldbook.customer.CustomerRecords;
import org.fieldbook.masterdata.MasterDataRules.AccountInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accounts for scripts: the screen's search (50 a page), one account, create, replace and deactivate. */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountApiController {

	private final CustomerRecords records;

	private final CustomerEditing editing;

	AccountApiController(CustomerRecords records, CustomerEditing editing) {
		this.records = records;
		this.editing = editing;
	}

	@GetMapping
	CustomerPage<AccountRow> list(@ModelAttribute CustomerFilter filter, @RequestParam(defaultValue = "1") int page) {
		return records.accounts(filter.search(page));
	}

	@GetMapping("/{id}")
	AccountRow get(@PathVariable long id) {
		return records.account(id).orElseThrow(() -> new CustomerRecordNotFoundException("account", id));
	}

	@PostMapping
	ResponseEntity<AccountRow> create(@RequestBody AccountInput input, Principal staff) {
		AccountRow created = editing.createAccount(staff.getName(), input);
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	AccountRow update(@PathVariable long id, @RequestBody AccountInput input, Principal staff) {
		return editing.updateAccount(staff.getName(), id, input);
	}

	@PostMapping("/{id}/deactivate")
	AccountRow deactivate(@PathVariable long id, Principal staff) {
		return editing.deactivateAccount(staff.getName(), id);
	}

}
