package org.fieldbook.settings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The portal settings: one row. Mapped here are the display settings and content snippets that every
 * page and message uses; the other columns of {@code portal_settings} belong to the features that use them.
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

	protected PortalSettings() {
	}

	public Branding branding() {
		return new Branding(fontFamily, fontColor, backgroundColor, foregroundColor, companyName, contactEmail,
				contactPhone, pageTitle, pageFooter);
	}

}
