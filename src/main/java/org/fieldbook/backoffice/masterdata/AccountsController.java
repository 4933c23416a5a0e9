package org.fieldbook.backoffice.masterdata;

import java.security.Principal;
import java.util.Map;

import org.fieldbook.customer.AccountRow;
import org.fieldbook.customer.CustomerRecordNotFoundException;
import org.fieldbook.customer.CustomerRecords;
import org.fieldbook.masterdata.MasterDataRules.AccountInput;
import org.fieldbook.masterdata.MasterDataRules.AddressInput;
import org.fieldbook.web.Redirects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admins search, create and edit accounts; an account is deactivated, never deleted. */
@Controller
@RequestMapping("/admin/master-data/accounts")
class AccountsController {

	private static final String PATH = "/admin/master-data/accounts";

	private final CustomerRecords records;

	private final CustomerEditing editing;

	AccountsController(CustomerRecords records, CustomerEditing editing) {
		this.records = records;
		this.editing = editing;
	}

	@GetMapping
	String list(@ModelAttribute("filter") CustomerFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("rows", records.accounts(filter.search(page)));
		model.addAttribute("path", PATH);
		return "backoffice/masterdata/accounts";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		return form(null, new AccountInput(null, null, true, null, null), Map.of(), model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") AccountInput form, Principal staff, Model model) {
		try {
			AccountRow created = editing.createAccount(staff.getName(), form);
			return Redirects.to(PATH + "/" + created.id(), "saved");
		}
		catch (RecordRejectedException ex) {
			return form(null, form, FieldProblems.of(ex.problems()), model);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		AccountRow account = account(id);
		return form(account, new AccountInput(account.externalId(), account.name(), account.active(), account.timeZone(),
				AddressInput.of(account.address())), Map.of(), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") AccountInput form, Principal staff, Model model) {
		AccountRow account = account(id);
		try {
			editing.updateAccount(staff.getName(), id, form);
			return Redirects.to(PATH + "/" + id, "saved");
		}
		catch (RecordRejectedException ex) {
			return form(account, form, FieldProblems.of(ex.problems()), model);
		}
	}

	private AccountRow account(long id) {
		return records.account(id).orElseThrow(() -> new CustomerRecordNotFoundException("account", id));
	}

	private static String form(AccountRow account, AccountInput form, Map<String, FieldProblems.Problem> problems,
			Model model) {
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		return "backoffice/masterdata/account";
	}

}
