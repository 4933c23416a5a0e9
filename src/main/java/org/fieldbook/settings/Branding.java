package org.fieldbook.settings;

/** The display settings and content snippets: the same words and colours on the portal, in emails and SMS. */
public record Branding(String fontFamily, String fontColor, String backgroundColor, String foregroundColor,
		String companyName, String contactEmail, String contactPhone, String pageTitle, String pageFooter,
		boolean headerImage) {
}
