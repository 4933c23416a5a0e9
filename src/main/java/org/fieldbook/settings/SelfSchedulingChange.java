package org.fieldbook.settings;

import java.util.List;
import java.util.Set;

/**
 * The "Self-scheduling" tab of the settings, and the API's {@code selfScheduling} section: what the portal offers
 * and the windows of reminders, earlier-time offers, invitations and portal links. A null field is not named and
 * stays as it is.
 *
 * @param maximumTravelRadiusKm   0 = no maximum
 * @param linkValidityDays        how long the link in a booking's email or SMS opens the booking
 * @param earlierTimeOfferMinutes how long a freed time is held for one waiting customer before it passes to the next
 */
public record SelfSchedulingChange(Integer minimumLeadDays, Integer maximumLeadDays, Boolean assetSelection,
		Boolean additionalDetails, Integer maximumTravelRadiusKm, Integer slotStepMinutes, Integer cancelCutoffHours,
		Integer reminderWindowDays, Integer invitationValidityDays, Integer linkValidityDays,
		Integer earlierTimeOfferMinutes) implements SettingsChange {

	public static final int MAX_LEAD_DAYS = 365;

	public static final Set<Integer> SLOT_STEPS = Set.of(15, 30, 60);

	/** A visit is at most a month ahead; a longer cut-off would forbid every change. */
	public static final int MAX_CANCEL_CUTOFF_HOURS = 720;

	/** Half the earth's circumference: any larger radius reaches everywhere. */
	public static final int MAX_TRAVEL_RADIUS_KM = 20_000;

	/** The shortest hold of a freed time: long enough to read the offer and answer it. */
	public static final int MIN_EARLIER_TIME_OFFER_MINUTES = 5;

	/** The longest: a day, so that the customers waiting after this one are not kept from the time for long. */
	public static final int MAX_EARLIER_TIME_OFFER_MINUTES = 1440;

	@Override
	public List<SettingChanged> applyTo(PortalSettings settings) {
		SchedulingSettings scheduling = settings.scheduling();
		MessagingSettings messaging = settings.messaging();
		PortalRules rules = settings.portalRules();
		FieldChanges fields = new FieldChanges();
		fields.within("minimumLeadDays", minimumLeadDays, 0, MAX_LEAD_DAYS);
		fields.within("maximumLeadDays", maximumLeadDays, 0, MAX_LEAD_DAYS);
		int minimum = minimumLeadDays == null ? scheduling.minLeadDays() : minimumLeadDays;
		int maximum = maximumLeadDays == null ? scheduling.maxLeadDays() : maximumLeadDays;
		if (!fields.refused("minimumLeadDays") && !fields.refused("maximumLeadDays") && minimum > maximum) {
			fields.refuse(minimumLeadDays == null ? "maximumLeadDays" : "minimumLeadDays",
					"admin.settings.invalid.leadOrder", minimum, maximum);
		}
		fields.within("maximumTravelRadiusKm", maximumTravelRadiusKm, 0, MAX_TRAVEL_RADIUS_KM);
		fields.oneOf("slotStepMinutes", slotStepMinutes, SLOT_STEPS, "admin.settings.invalid.slotStep");
		fields.within("cancelCutoffHours", cancelCutoffHours, 0, MAX_CANCEL_CUTOFF_HOURS);
		fields.within("reminderWindowDays", reminderWindowDays, 1, 7);
		fields.within("invitationValidityDays", invitationValidityDays, 1, 365);
		fields.within("linkValidityDays", linkValidityDays, 1, 365);
		fields.within("earlierTimeOfferMinutes", earlierTimeOfferMinutes, MIN_EARLIER_TIME_OFFER_MINUTES,
				MAX_EARLIER_TIME_OFFER_MINUTES);

		fields.set("minimumLeadDays", minimumLeadDays, scheduling.minLeadDays(), settings::minLeadDays);
		fields.set("maximumLeadDays", maximumLeadDays, scheduling.maxLeadDays(), settings::maxLeadDays);
		fields.set("assetSelection", assetSelection, rules.assetSelection(), settings::assetSelection);
		fields.set("additionalDetails", additionalDetails, rules.additionalDetails(), settings::additionalDetails);
		fields.set("maximumTravelRadiusKm", maximumTravelRadiusKm, scheduling.maxTravelRadiusKm(),
				settings::maxTravelRadiusKm);
		fields.set("slotStepMinutes", slotStepMinutes, scheduling.slotStepMinutes(), settings::slotStepMinutes);
		fields.set("cancelCutoffHours", cancelCutoffHours, rules.cancelCutoffHours(), settings::cancelCutoffHours);
		fields.set("reminderWindowDays", reminderWindowDays, messaging.reminderWindowDays(), settings::reminderWindowDays);
		fields.set("invitationValidityDays", invitationValidityDays, messaging.invitationExpiryDays(),
				settings::invitationExpiryDays);
		fields.set("linkValidityDays", linkValidityDays, messaging.linkCodeValidityDays(), settings::linkCodeValidityDays);
		fields.set("earlierTimeOfferMinutes", earlierTimeOfferMinutes, messaging.earlierTimeOfferMinutes(),
				settings::earlierTimeOfferMinutes);
		return fields.apply();
	}

	/** The change that names every field with its value in {@code settings}. */
	public static SelfSchedulingChange of(SchedulingSettings scheduling, PortalRules rules, MessagingSettings messaging) {
		return new SelfSchedulingChange(scheduling.minLeadDays(), scheduling.maxLeadDays(), rules.assetSelection(),
				rules.additionalDetails(), scheduling.maxTravelRadiusKm(), scheduling.slotStepMinutes(),
				rules.cancelCutoffHours(), messaging.reminderWindowDays(), messaging.invitationExpiryDays(),
				messaging.linkCodeValidityDays(), messaging.earlierTimeOfferMinutes());
	}

}
