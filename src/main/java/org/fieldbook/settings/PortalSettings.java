package org.fieldbook.settings;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Formula;

/**
 * The portal settings: one row. Mapped here are the settings that Fieldbook uses so far; the other columns
 * of {@code portal_settings} are mapped by the features that come to use them.
 */
@Entity
public class PortalSettings {

	static final short THE_ROW = 1;

	@Id
	private Short id;

	private String fontFamily;

	private String fontColor;

	private String backgroundColor;

	private String foregroundColor;

	private String companyName;

	private String contactEmail;

	private String contactPhone;

	private String pageTitle;

	private String pageFooter;

	private String headerImageContentType;

	@Formula("header_image IS NOT NULL")
	private boolean headerImagePresent;

	void fontFamily(String fontFamily) {
		this.fontFamily = fontFamily;
	}

	void fontColor(String fontColor) {
		this.fontColor = fontColor;
	}

	void backgroundColor(String backgroundColor) {
		this.backgroundColor = backgroundColor;
	}

	void foregroundColor(String foregroundColor) {
		this.foregroundColor = foregroundColor;
	}

	void companyName(String companyName) {
		this.companyName = companyName;
	}

	void contactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	void contactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	void pageTitle(String pageTitle) {
		this.pageTitle = pageTitle;
	}

	void pageFooter(String pageFooter) {
		this.pageFooter = pageFooter;
	}

	/** The bytes themselves are written apart (PortalSettingsService), so that reading the settings never loads them. */
	void headerImageContentType(String contentType) {
		this.headerImageContentType = contentType;
		this.headerImagePresent = contentType != null;
	}

	private int minLeadDays;

	private int maxLeadDays;

	private int maxTravelRadiusKm;

	private int slotStepMinutes;

	private BigDecimal travelRoadFactor;

	private BigDecimal travelSpeedKmh;

	private boolean inviteAccountContacts;

	private String communicationType;

	private boolean messageInvitation;

	private boolean messageBookingConfirmed;

	private boolean messageBookingReminder;

	private boolean messageBookingRescheduled;

	private boolean messageBookingCanceled;

	private boolean messageBookingCompleted;

	private boolean messageEarlierTimeOffered;

	private int reminderWindowDays;

	private int cancelCutoffHours;

	private boolean passwordSignIn;

	private boolean assetSelectionEnabled;

	private boolean additionalDetailsEnabled;

	private int invitationExpiryDays;

	private int linkCodeValidityDays;

	private int earlierTimeOfferMinutes;

	private long version;

	private String updatedBy;

	private Instant updatedAt;

	// Written by GeneralSettingsChange and SelfSchedulingChange, each after checking its values.

	void inviteAccountContacts(boolean invite) {
		inviteAccountContacts = invite;
	}

	void communicationType(MessagingSettings.CommunicationType type) {
		communicationType = type.name();
	}

	void messageInvitation(boolean send) {
		messageInvitation = send;
	}

	void messageBookingConfirmed(boolean send) {
		messageBookingConfirmed = send;
	}

	void messageBookingReminder(boolean send) {
		messageBookingReminder = send;
	}

	void messageBookingRescheduled(boolean send) {
		messageBookingRescheduled = send;
	}

	void messageBookingCanceled(boolean send) {
		messageBookingCanceled = send;
	}

	void messageBookingCompleted(boolean send) {
		messageBookingCompleted = send;
	}

	void messageEarlierTimeOffered(boolean send) {
		messageEarlierTimeOffered = send;
	}

	void passwordSignIn(boolean allowed) {
		passwordSignIn = allowed;
	}

	void minLeadDays(int days) {
		minLeadDays = days;
	}

	void maxLeadDays(int days) {
		maxLeadDays = days;
	}

	void assetSelection(boolean enabled) {
		assetSelectionEnabled = enabled;
	}

	void additionalDetails(boolean enabled) {
		additionalDetailsEnabled = enabled;
	}

	void maxTravelRadiusKm(int km) {
		maxTravelRadiusKm = km;
	}

	void slotStepMinutes(int minutes) {
		slotStepMinutes = minutes;
	}

	void cancelCutoffHours(int hours) {
		cancelCutoffHours = hours;
	}

	void reminderWindowDays(int days) {
		reminderWindowDays = days;
	}

	void invitationExpiryDays(int days) {
		invitationExpiryDays = days;
	}

	void linkCodeValidityDays(int days) {
		linkCodeValidityDays = days;
	}

	void earlierTimeOfferMinutes(int minutes) {
		earlierTimeOfferMinutes = minutes;
	}

	protected PortalSettings() {
	}

	public SchedulingSettings scheduling() {
		return new SchedulingSettings(minLeadDays, maxLeadDays, maxTravelRadiusKm, slotStepMinutes,
				travelRoadFactor.doubleValue(), travelSpeedKmh.doubleValue());
	}

	public MessagingSettings messaging() {
		return new MessagingSettings(inviteAccountContacts, MessagingSettings.CommunicationType.valueOf(communicationType),
				messageInvitation, messageBookingConfirmed, messageBookingReminder, messageBookingRescheduled,
				messageBookingCanceled, messageBookingCompleted, messageEarlierTimeOffered, reminderWindowDays,
				invitationExpiryDays, linkCodeValidityDays, earlierTimeOfferMinutes);
	}

	public PortalRules portalRules() {
		return new PortalRules(assetSelectionEnabled, additionalDetailsEnabled, cancelCutoffHours, passwordSignIn);
	}

	public SettingsVersion version() {
		return new SettingsVersion(version, updatedBy, updatedAt);
	}

	/** Called by PortalSettingsService once a change is applied. */
	void markChanged(String actor, Instant at) {
		version++;
		updatedBy = actor;
		updatedAt = at;
	}

	public Branding branding() {
		return new Branding(fontFamily, fontColor, backgroundColor, foregroundColor, companyName, contactEmail,
				contactPhone, pageTitle, pageFooter,
				headerImagePresent && HeaderImage.isPicture(headerImageContentType));
	}

}
