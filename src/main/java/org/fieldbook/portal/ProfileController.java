package org.fieldbook.portal;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fieldbook.customer.Contacts;
import org.fieldbook.customer.CustomerContact;
import org.fieldbook.customer.Languages;
import org.fieldbook.customer.ProfileChange;
import org.fieldbook.portal.CustomerDirectory.Customer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The profile a customer may fill in on first sign-in (or skip): name, phone, language, SMS consent. */
@Controller
class ProfileController {

	private static final String E164 = "\\+[1-9][0-9]{6,14}";

	private final CustomerDirectory directory;

	private final Contacts contacts;

	ProfileController(CustomerDirectory directory, Contacts contacts) {
		this.directory = directory;
		this.contacts = contacts;
	}

	@GetMapping("/profile")
	String profile(Principal principal, Model model) {
		Customer customer = customer(principal);
		CustomerContact contact = contacts.contact(customer.contactId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		model.addAttribute("form", form(contact.firstName(), contact.lastName(), contact.phone(), contact.language(),
				contact.smsConsent()));
		model.addAttribute("languages", Languages.SUPPORTED);
		return "portal/profile";
	}

	@PostMapping("/profile")
	String save(@RequestParam String firstName, @RequestParam String lastName, @RequestParam(defaultValue = "") String phone,
			@RequestParam String language, @RequestParam(defaultValue = "false") boolean smsConsent, Principal principal,
			Model model) {
		Customer customer = customer(principal);
		String cleanPhone = phone.replaceAll("[\\s()-]", "");
		Map<String, String> errors = new LinkedHashMap<>();
		if (firstName.isBlank() || firstName.length() > 100) {
			errors.put("firstName", "profile.error.firstName");
		}
		if (lastName.isBlank() || lastName.length() > 100) {
			errors.put("lastName", "profile.error.lastName");
		}
		if (!cleanPhone.isEmpty() && !cleanPhone.matches(E164)) {
			errors.put("phone", "profile.error.phone");
		}
		if (!Languages.SUPPORTED.contains(language)) {
			errors.put("language", "profile.error.language");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("form", form(firstName, lastName, phone, language, smsConsent));
			model.addAttribute("errors", errors);
			model.addAttribute("languages", Languages.SUPPORTED);
			return "portal/profile";
		}
		contacts.changeProfile(customer.contactId(), new ProfileChange(firstName, lastName, cleanPhone, language, smsConsent));
		return "redirect:/schedule?profileSaved";
	}

	/** The form's fields by the names the page uses. */
	private static Map<String, Object> form(String firstName, String lastName, String phone, String language,
			boolean smsConsent) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("first_name", firstName);
		form.put("last_name", lastName);
		form.put("phone", phone);
		form.put("language", language);
		form.put("sms_consent", smsConsent);
		return form;
	}

	private Customer customer(Principal principal) {
		return directory.customer(principal.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

}
