package org.fieldbook.backoffice.settings;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.fieldbook.customer.Languages;
import org.fieldbook.notification.MessageComposer;
import org.fieldbook.settings.Branding;
import org.fieldbook.settings.Contrast;
import org.fieldbook.settings.InvalidSettingsException.FieldProblem;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.settings.SettingsVersion;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Display tab's page: the form with its problems next to each field, the contrast of its colours and a preview
 * of the portal, an email and an SMS with its acceptable values (the saved ones where a value is refused).
 */
@Component
class DisplayPage {

	static final String VIEW = "backoffice/settings/display";

	static final String PATH = "/admin/settings/display";

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

	/** A colour pair's ratio in words and whether it is too low for text. */
	record ContrastLine(String ratio, boolean low) {

		/** The message key of what the ratio means. */
		public String verdict() {
			return low ? "admin.settings.display.contrast.low" : "admin.settings.display.contrast.ok";
		}

		static ContrastLine of(String color, String background) {
			return Contrast.between(color, background)
				.map(contrast -> new ContrastLine(contrast.formatted(), !contrast.enoughForText()))
				.orElseThrow();
		}

	}

	private final PortalSettingsService settings;

	private final MessageComposer messages;

	private final MessageSource texts;

	DisplayPage(PortalSettingsService settings, MessageComposer messages, MessageSource texts) {
		this.settings = settings;
		this.messages = messages;
		this.texts = texts;
	}

	/** The page of the saved settings, previewed in the given language (null: the page's). */
	String saved(Model model, String previewLanguage, Locale locale) {
		return show(model, DisplayForm.of(settings.branding(), settings.version(), previewLanguage), List.of(), locale);
	}

	/** The page of the saved settings with the problems of an upload. */
	String saved(Model model, List<FieldProblem> problems, Locale locale) {
		return show(model, DisplayForm.of(settings.branding(), settings.version(), null), problems, locale);
	}

	/** The page of the values as sent, previewed, each one that is not acceptable marked. */
	String preview(Model model, DisplayForm form, Locale locale) {
		return show(model, form, form.change().check(settings.branding()).problems(), locale);
	}

	/** The page of the values as sent, with what is wrong with them. */
	String show(Model model, DisplayForm form, List<FieldProblem> problems, Locale locale) {
		Branding saved = settings.branding();
		Branding preview = form.change().check(saved).branding();
		Locale previewLocale = form.previewLocale(locale);
		Map<String, String> explained = new LinkedHashMap<>();
		for (FieldProblem problem : problems) {
			explained.putIfAbsent(problem.field(), texts.getMessage(problem.messageKey(), problem.arguments(), locale));
		}
		model.addAttribute("form", form.orSaved(saved));
		model.addAttribute("problems", explained);
		model.addAttribute("preview", preview);
		model.addAttribute("headerImage", saved.headerImage());
		model.addAttribute("textContrast", ContrastLine.of(preview.fontColor(), preview.backgroundColor()));
		model.addAttribute("accentContrast", ContrastLine.of(preview.foregroundColor(), preview.backgroundColor()));
		model.addAttribute("languages", Languages.SUPPORTED);
		model.addAttribute("previewLanguage", previewLocale.getLanguage());
		model.addAttribute("previewDirection", rightToLeft(previewLocale) ? "rtl" : "ltr");
		model.addAttribute("previewSms", messages.example(preview, previewLocale).sms());
		model.addAttribute("previewStylesheet", previewUrl("/preview.css", preview, previewLocale));
		model.addAttribute("previewEmail", previewUrl("/preview/email", preview, previewLocale));
		return VIEW;
	}

	/** The message of a save refused because another one came first: who saved it and when. */
	String changedMeanwhile(SettingsVersion current, Locale locale) {
		return texts.getMessage("admin.settings.display.stale",
				new Object[] { Objects.requireNonNullElse(current.changedBy(), "?"),
						current.changedAt() == null ? "?" : AT.format(current.changedAt()) },
				locale);
	}

	static boolean rightToLeft(Locale locale) {
		return locale.getLanguage().equals("ar") || locale.getLanguage().equals("he");
	}

	/** A preview endpoint's address with the branding to show as its query: the preview shows unsaved values. */
	private static String previewUrl(String endpoint, Branding branding, Locale locale) {
		return UriComponentsBuilder.fromPath(PATH + endpoint)
			.queryParam("fontFamily", branding.fontFamily())
			.queryParam("fontColor", branding.fontColor())
			.queryParam("backgroundColor", branding.backgroundColor())
			.queryParam("accentColor", branding.foregroundColor())
			.queryParam("companyName", branding.companyName())
			.queryParam("contactEmail", branding.contactEmail())
			.queryParam("contactPhone", branding.contactPhone())
			.queryParam("pageTitle", branding.pageTitle())
			.queryParam("pageFooter", branding.pageFooter())
			.queryParam("previewLanguage", locale.getLanguage())
			.build()
			.encode()
			.toUriString()
			// encode() leaves a '+' as it is, which a query string reads as a space.
			.replace("+", "%2B");
	}

}
