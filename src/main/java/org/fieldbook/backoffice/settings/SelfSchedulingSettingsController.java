package org.fieldbook.backoffice.settings;

import java.security.Principal;
import java.util.List;

import org.fieldbook.booking.ReminderSchedule;
import org.fieldbook.settings.InvalidSettingsException;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.settings.SelfSchedulingChange;
import org.fieldbook.settings.SettingsChangedMeanwhileException;
import org.fieldbook.web.Redirects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The "Self-scheduling" tab: what the portal offers, and the windows of reminders, earlier-time offers, invitations
 * and links.
 */
@Controller
class SelfSchedulingSettingsController {

	private static final String PATH = "/admin/settings/self-scheduling";

	private final PortalSettingsService settings;

	private final AuditedSettings saves;

	private final ReminderSchedule reminders;

	SelfSchedulingSettingsController(PortalSettingsService settings, AuditedSettings saves, ReminderSchedule reminders) {
		this.settings = settings;
		this.saves = saves;
		this.reminders = reminders;
	}

	@GetMapping(PATH)
	String show(Model model) {
		model.addAttribute("form", saved());
		return page(model);
	}

	@PostMapping(PATH)
	String save(@ModelAttribute("form") SelfSchedulingForm form, BindingResult binding, Principal staff, Model model) {
		SelfSchedulingForm.NUMBERS.stream()
			.filter(field -> binding.getFieldValue(field) == null && !binding.hasFieldErrors(field))
			.forEach(field -> binding.rejectValue(field, "admin.settings.invalid.required"));
		if (binding.hasErrors()) {
			return page(model);
		}
		try {
			saves.save(form.getVersion(), staff.getName(), List.of(form.toChange()));
			return Redirects.to(PATH, "saved");
		}
		catch (InvalidSettingsException invalid) {
			SettingsPages.reject(binding, invalid);
		}
		catch (SettingsChangedMeanwhileException meanwhile) {
			form.setVersion(meanwhile.current().number());
			SettingsPages.changedMeanwhile(model, meanwhile.current(), saved());
		}
		return page(model);
	}

	private SelfSchedulingForm saved() {
		return SelfSchedulingForm.of(settings.version().number(), settings.scheduling(), settings.portalRules(),
				settings.messaging());
	}

	private String page(Model model) {
		model.addAttribute("slotSteps", SelfSchedulingChange.SLOT_STEPS.stream().sorted().toList());
		model.addAttribute("maxLeadDays", SelfSchedulingChange.MAX_LEAD_DAYS);
		model.addAttribute("maxCancelCutoffHours", SelfSchedulingChange.MAX_CANCEL_CUTOFF_HOURS);
		model.addAttribute("maxTravelRadiusKm", SelfSchedulingChange.MAX_TRAVEL_RADIUS_KM);
		model.addAttribute("minEarlierTimeOfferMinutes", SelfSchedulingChange.MIN_EARLIER_TIME_OFFER_MINUTES);
		model.addAttribute("maxEarlierTimeOfferMinutes", SelfSchedulingChange.MAX_EARLIER_TIME_OFFER_MINUTES);
		model.addAttribute("nextReminderRun", reminders.nextRun().orElse(null));
		model.addAttribute("reminderModel", reminders.modelId()
			.map(id -> SettingsPages.COCKPIT + "#/process-definition/" + id)
			.orElse(SettingsPages.COCKPIT + "#/processes"));
		return "backoffice/settings/self-scheduling";
	}

}
