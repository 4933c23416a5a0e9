package org.fieldbook.backoffice.settings;

import java.util.List;

import org.fieldbook.settings.MessagingSettings;
import org.fieldbook.settings.PortalRules;
import org.fieldbook.settings.SchedulingSettings;
import org.fieldbook.settings.SelfSchedulingChange;

/**
 * The form of the "Self-scheduling" tab, bound from its POST; {@code version} is the one the form was read at. Every
 * number is required here ({@link #NUMBERS}), though the change leaves a missing one as it is.
 */
public class SelfSchedulingForm {

	static final List<String> NUMBERS = List.of("minimumLeadDays", "maximumLeadDays", "maximumTravelRadiusKm",
			"slotStepMinutes", "cancelCutoffHours", "reminderWindowDays", "invitationValidityDays", "linkValidityDays",
			"earlierTimeOfferMinutes");

	private long version;

	private Integer minimumLeadDays;

	private Integer maximumLeadDays;

	private boolean assetSelection;

	private boolean additionalDetails;

	private Integer maximumTravelRadiusKm;

	private Integer slotStepMinutes;

	private Integer cancelCutoffHours;

	private Integer reminderWindowDays;

	private Integer invitationValidityDays;

	private Integer linkValidityDays;

	private Integer earlierTimeOfferMinutes;

	static SelfSchedulingForm of(long version, SchedulingSettings scheduling, PortalRules rules,
			MessagingSettings messaging) {
		SelfSchedulingForm form = new SelfSchedulingForm();
		form.version = version;
		form.minimumLeadDays = scheduling.minLeadDays();
		form.maximumLeadDays = scheduling.maxLeadDays();
		form.assetSelection = rules.assetSelection();
		form.additionalDetails = rules.additionalDetails();
		form.maximumTravelRadiusKm = scheduling.maxTravelRadiusKm();
		form.slotStepMinutes = scheduling.slotStepMinutes();
		form.cancelCutoffHours = rules.cancelCutoffHours();
		form.reminderWindowDays = messaging.reminderWindowDays();
		form.invitationValidityDays = messaging.invitationExpiryDays();
		form.linkValidityDays = messaging.linkCodeValidityDays();
		form.earlierTimeOfferMinutes = messaging.earlierTimeOfferMinutes();
		return form;
	}

	SelfSchedulingChange toChange() {
		return new SelfSchedulingChange(minimumLeadDays, maximumLeadDays, assetSelection, additionalDetails,
				maximumTravelRadiusKm, slotStepMinutes, cancelCutoffHours, reminderWindowDays, invitationValidityDays,
				linkValidityDays, earlierTimeOfferMinutes);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Integer getMinimumLeadDays() {
		return minimumLeadDays;
	}

	public void setMinimumLeadDays(Integer minimumLeadDays) {
		this.minimumLeadDays = minimumLeadDays;
	}

	public Integer getMaximumLeadDays() {
		return maximumLeadDays;
	}

	public void setMaximumLeadDays(Integer maximumLeadDays) {
		this.maximumLeadDays = maximumLeadDays;
	}

	public boolean isAssetSelection() {
		return assetSelection;
	}

	public void setAssetSelection(boolean assetSelection) {
		this.assetSelection = assetSelection;
	}

	public boolean isAdditionalDetails() {
		return additionalDetails;
	}

	public void setAdditionalDetails(boolean additionalDetails) {
		this.additionalDetails = additionalDetails;
	}

	public Integer getMaximumTravelRadiusKm() {
		return maximumTravelRadiusKm;
	}

	public void setMaximumTravelRadiusKm(Integer maximumTravelRadiusKm) {
		this.maximumTravelRadiusKm = maximumTravelRadiusKm;
	}

	public Integer getSlotStepMinutes() {
		return slotStepMinutes;
	}

	public void setSlotStepMinutes(Integer slotStepMinutes) {
		this.slotStepMinutes = slotStepMinutes;
	}

	public Integer getCancelCutoffHours() {
		return cancelCutoffHours;
	}

	public void setCancelCutoffHours(Integer cancelCutoffHours) {
		this.cancelCutoffHours = cancelCutoffHours;
	}

	public Integer getReminderWindowDays() {
		return reminderWindowDays;
	}

	public void setReminderWindowDays(Integer reminderWindowDays) {
		this.reminderWindowDays = reminderWindowDays;
	}

	public Integer getInvitationValidityDays() {
		return invitationValidityDays;
	}

	public void setInvitationValidityDays(Integer invitationValidityDays) {
		this.invitationValidityDays = invitationValidityDays;
	}

	public Integer getLinkValidityDays() {
		return linkValidityDays;
	}

	public void setLinkValidityDays(Integer linkValidityDays) {
		this.linkValidityDays = linkValidityDays;
	}

	public Integer getEarlierTimeOfferMinutes() {
		return earlierTimeOfferMinutes;
	}

	public void setEarlierTimeOfferMinutes(Integer earlierTimeOfferMinutes) {
		this.earlierTimeOfferMinutes = earlierTimeOfferMinutes;
	}

}
