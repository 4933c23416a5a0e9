package org.fieldbook.portal;

import org.fieldbook.customer.Languages;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fieldbook.portal.CustomerDirectory.Customer;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
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

	private final JdbcTemplate jdbc;

	ProfileController(CustomerDirectory directory, JdbcTemplate jdbc) {
		this.directory = directory;
		this.jdbc = jdbc;
	}

	@GetMapping("/profile")
	String profile(Principal principal, Model model) {
		Customer customer = customer(principal);
		Map<String, Object> contact = jdbc.queryForMap(
				"SELECT first_name, last_name, phone, language, sms_consent FROM contact WHERE id = ?", customer.contactId());
		model.addAttribute("form", contact);
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
			Map<String, Object> form = new LinkedHashMap<>();
			form.put("first_name", firstName);
			form.put("last_name", lastName);
			form.put("phone", phone);
			form.put("language", language);
			form.put("sms_consent", smsConsent);
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
			model.addAttribute("languages", Languages.SUPPORTED);
			return "portal/profile";
		}
		jdbc.update("UPDATE contact SET first_name = ?, last_name = ?, phone = ?, language = ?, sms_consent = ? WHERE id = ?",
				firstName.strip(), lastName.strip(), cleanPhone.isEmpty() ? null : cleanPhone, language,
				smsConsent && !cleanPhone.isEmpty(), customer.contactId());
		jdbc.update("UPDATE portal_account SET profile_completed = true WHERE contact_id = ?", customer.contactId());
		return "redirect:/schedule?profileSaved";
	}

	private Customer customer(Principal principal) {
		return directory.customer(principal.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

}
