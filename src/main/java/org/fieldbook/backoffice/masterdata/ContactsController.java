package org.fieldbook.backoffice.masterdata;

import java.security.Principal;
import java.util.Map;

import org.fieldbook.customer.ContactRow;
import org.fieldbook.customer.CustomerRecordNotFoundException;
import org.fieldbook.customer.CustomerRecords;
import org.fieldbook.customer.Languages;
import org.fieldbook.masterdata.MasterDataRules.ContactInput;
import org.fieldbook.web.Redirects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Admins search, create and edit contacts. A new contact is at an account; an edit may add it to one more. At an
 * active account that starts its invitation, as the import does. A contact is deactivated, never deleted.
 */
@Controller
@RequestMapping("/admin/master-data/contacts")
class ContactsController {

	private static final String PATH = "/admin/master-data/contacts";

	private final CustomerRecords records;

	private final CustomerEditing editing;

	ContactsController(CustomerRecords records, CustomerEditing editing) {
		this.records = records;
		this.editing = editing;
	}

	@GetMapping
	String list(@ModelAttribute("filter") CustomerFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("rows", records.contacts(filter.search(page)));
		model.addAttribute("path", PATH);
		return "backoffice/masterdata/contacts";
	}

	@GetMapping("/new")
	String newContact(@RequestParam(required = false) String account, Model model) {
		return form(null, new ContactInput(null, null, null, null, null, "en", false, true, account), Map.of(), model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") ContactInput form, Principal staff, Model model) {
		try {
			ContactRow created = editing.createContact(staff.getName(), form);
			return Redirects.to(PATH + "/" + created.id(), "saved");
		}
		catch (RecordRejectedException ex) {
			return form(null, form, FieldProblems.of(ex.problems()), model);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		ContactRow contact = contact(id);
		return form(contact, new ContactInput(contact.externalId(), contact.firstName(), contact.lastName(),
				contact.email(), contact.phone(), contact.language(), contact.smsConsent(), contact.active(), null),
				Map.of(), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") ContactInput form, Principal staff, Model model) {
		ContactRow contact = contact(id);
		try {
			editing.updateContact(staff.getName(), id, form);
			return Redirects.to(PATH + "/" + id, "saved");
		}
		catch (RecordRejectedException ex) {
			return form(contact, form, FieldProblems.of(ex.problems()), model);
		}
	}

	private ContactRow contact(long id) {
		return records.contact(id).orElseThrow(() -> new CustomerRecordNotFoundException("contact", id));
	}

	private static String form(ContactRow contact, ContactInput form, Map<String, FieldProblems.Problem> problems,
			Model model) {
		model.addAttribute("contact", contact);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("languages", Languages.SUPPORTED);
		return "backoffice/masterdata/contact";
	}

}
