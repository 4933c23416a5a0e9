package org.fieldbook.backoffice.masterdata;

import java.net.URI;
import java.security.Principal;

import org.fieldbook.customer.ContactRow;
import org.fieldbook.customer.CustomerPage;
import org.fieldbook.customer.CustomerRecordNotFoundException;
import org.fieldbook.customer.CustomerRecords;
import org.fieldbook.masterdata.MasterDataRules.ContactInput;
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

/** Contacts for scripts: the screen's search (50 a page), one contact, create, replace and deactivate; a contact new to an active account is invited. */
@RestController
@RequestMapping("/api/v1/contacts")
class ContactApiController {

	private final CustomerRecords records;

	private final CustomerEditing editing;

	ContactApiController(CustomerRecords records, CustomerEditing editing) {
		this.records = records;
		this.editing = editing;
	}

	@GetMapping
	CustomerPage<ContactRow> list(@ModelAttribute CustomerFilter filter, @RequestParam(defaultValue = "1") int page) {
		return records.contacts(filter.search(page));
	}

	@GetMapping("/{id}")
	ContactRow get(@PathVariable long id) {
		return records.contact(id).orElseThrow(() -> new CustomerRecordNotFoundException("contact", id));
	}

	@PostMapping
	ResponseEntity<ContactRow> create(@RequestBody ContactInput input, Principal staff) {
		ContactRow created = editing.createContact(staff.getName(), input);
		return ResponseEntity.created(URI.create("/api/v1/contacts/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	ContactRow update(@PathVariable long id, @RequestBody ContactInput input, Principal staff) {
		return editing.updateContact(staff.getName(), id, input);
	}

	@PostMapping("/{id}/deactivate")
	ContactRow deactivate(@PathVariable long id, Principal staff) {
		return editing.deactivateContact(staff.getName(), id);
	}

}
