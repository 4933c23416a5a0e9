package org.fieldbook.backoffice.settings;

import java.util.Locale;

import org.fieldbook.customer.Languages;
import org.fieldbook.settings.Branding;
import org.fieldbook.settings.BrandingChange;
import org.fieldbook.settings.SettingsVersion;

/**
 * The Display tab's form as sent, with the settings' version its values were read at. A colour comes from its picker
 * (which always sends one) unless the text field beside it holds a typed one.
 *
 * @param previewLanguage the language of the preview, one of {@link Languages#SUPPORTED}
 */
record DisplayForm(Long version, String fontFamily, String fontColor, String fontColorText, String backgroundColor,
		String backgroundColorText, String accentColor, String accentColorText, String companyName, String contactEmail,
		String contactPhone, String pageTitle, String pageFooter, String previewLanguage) {

	static DisplayForm of(Branding branding, SettingsVersion version, String previewLanguage) {
		return new DisplayForm(version.number(), branding.fontFamily(), branding.fontColor(), "",
				branding.backgroundColor(), "", branding.foregroundColor(), "", branding.companyName(),
				branding.contactEmail(), branding.contactPhone(), branding.pageTitle(), branding.pageFooter(),
				previewLanguage);
	}

	/** The form as sent, a field it did not name showing its saved value. */
	DisplayForm orSaved(Branding saved) {
		return new DisplayForm(version, or(fontFamily, saved.fontFamily()), or(fontColor, saved.fontColor()),
				or(fontColorText, ""), or(backgroundColor, saved.backgroundColor()), or(backgroundColorText, ""),
				or(accentColor, saved.foregroundColor()), or(accentColorText, ""), or(companyName, saved.companyName()),
				or(contactEmail, saved.contactEmail()), or(contactPhone, saved.contactPhone()),
				or(pageTitle, saved.pageTitle()), or(pageFooter, saved.pageFooter()), previewLanguage);
	}

	/** The same values read at another version: a stale form kept for its author to save again. */
	DisplayForm at(SettingsVersion current) {
		return new DisplayForm(current.number(), fontFamily, fontColor, fontColorText, backgroundColor, backgroundColorText,
				accentColor, accentColorText, companyName, contactEmail, contactPhone, pageTitle, pageFooter,
				previewLanguage);
	}

	BrandingChange change() {
		return new BrandingChange(fontFamily, typedOr(fontColorText, fontColor), typedOr(backgroundColorText, backgroundColor),
				typedOr(accentColorText, accentColor), companyName, contactEmail, contactPhone, pageTitle, pageFooter);
	}

	/** The preview's language: the one chosen if Fieldbook speaks it, else that of the page, else English. */
	Locale previewLocale(Locale page) {
		return previewLocale(previewLanguage, page);
	}

	static Locale previewLocale(String chosen, Locale page) {
		String language = chosen != null && Languages.SUPPORTED.contains(chosen) ? chosen : page.getLanguage();
		return Locale.forLanguageTag(Languages.SUPPORTED.contains(language) ? language : Languages.SUPPORTED.get(0));
	}

	private static String or(String value, String otherwise) {
		return value == null ? otherwise : value;
	}

	private static String typedOr(String typed, String picked) {
		return typed == null || typed.isBlank() ? picked : typed;
	}

}
