package org.fieldbook.backoffice.settings;

import java.security.Principal;
import java.util.List;

import org.fieldbook.backoffice.settings.GeneralSettingsForm.Invitations;
import org.fieldbook.settings.InvalidSettingsException;
import org.fieldbook.settings.MessagingSettings.CommunicationType;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.settings.SettingsChangedMeanwhileException;
import org.fieldbook.web.Redirects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "General" tab: invitations, which messages are sent and how, the exclusion lists (searched on this page, see
 * {@link ExclusionPicker}, changed by {@link MessagingExclusionController}) and password sign-in.
 */
@Controller
class GeneralSettingsController {

	static final String PATH = "/admin/settings/general";

	private final PortalSettingsService settings;

	private final AuditedSettings saves;

	private final SignInProviders providers;

	private final ExclusionPicker exclusions;

	GeneralSettingsController(PortalSettingsService settings, AuditedSettings saves, SignInProviders providers,
			ExclusionPicker exclusions) {
		this.settings = settings;
		this.saves = saves;
		this.providers = providers;
		this.exclusions = exclusions;
	}

	@GetMapping("/admin/settings")
	String settings() {
		return "redirect:" + PATH;
	}

	@GetMapping(PATH)
	String show(@RequestParam(defaultValue = "") String accountSearch,
			@RequestParam(defaultValue = "") String serviceTypeSearch, Model model) {
		model.addAttribute("form", saved());
		return page(model, accountSearch, serviceTypeSearch);
	}

	@PostMapping(PATH)
	String save(@ModelAttribute("form") GeneralSettingsForm form, BindingResult binding, Principal staff, Model model) {
		if (form.getInvitations() == null && !binding.hasFieldErrors("invitations")) {
			binding.rejectValue("invitations", "admin.settings.invalid.required");
		}
		if (form.getCommunicationType() == null && !binding.hasFieldErrors("communicationType")) {
			binding.rejectValue("communicationType", "admin.settings.invalid.required");
		}
		if (binding.hasErrors()) {
			return page(model, "", "");
		}
		try {
			saves.save(form.getVersion(), staff.getName(), List.of(form.toChange(providers.configured())));
			return form.getInvitations() == Invitations.ALL_CONTACTS ? "redirect:" + InviteExistingContactsController.PATH
					: Redirects.to(PATH, "saved");
		}
		catch (InvalidSettingsException invalid) {
			SettingsPages.reject(binding, invalid);
		}
		catch (SettingsChangedMeanwhileException meanwhile) {
			form.setVersion(meanwhile.current().number());
			SettingsPages.changedMeanwhile(model, meanwhile.current(), saved());
		}
		return page(model, "", "");
	}

	private GeneralSettingsForm saved() {
		return GeneralSettingsForm.of(settings.version().number(), settings.messaging(), settings.portalRules());
	}

	private String page(Model model, String accountSearch, String serviceTypeSearch) {
		model.addAttribute("invitationChoices", Invitations.values());
		model.addAttribute("communicationTypes", CommunicationType.values());
		model.addAttribute("passwordSignInShown", providers.configured());
		model.addAttribute("cockpit", SettingsPages.COCKPIT);
		exclusions.addTo(model, accountSearch.strip(), serviceTypeSearch.strip());
		return "backoffice/settings/general";
	}

}
