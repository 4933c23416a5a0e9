package org.fieldbook.backoffice.settings;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.fieldbook.notification.MessageComposer;
import org.fieldbook.settings.Branding;
import org.fieldbook.settings.BrandingChange;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.web.BrandingStylesheet;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the Display tab's preview loads, for the branding named in the query (unsaved values; a refused one is
 * replaced by the saved one): the portal's colours and font for the preview's box, and an example email.
 */
@Controller
class DisplayPreviewController {

	/**
	 * The email is a document of its own with inline styles, as mail clients want them: shown in a sandboxed frame of
	 * the Display tab only (frame-ancestors overrides the back office's X-Frame-Options DENY in browsers), with no
	 * script, form or plugin, and images from anywhere (the header image is linked at the portal's address, which may
	 * be another host).
	 */
	static final String EMAIL_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src * data:; "
			+ "frame-ancestors 'self'";

	private final PortalSettingsService settings;

	private final MessageComposer messages;

	DisplayPreviewController(PortalSettingsService settings, MessageComposer messages) {
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping(value = DisplayPage.PATH + "/preview.css", produces = "text/css")
	ResponseEntity<String> stylesheet(BrandingChange branding) {
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("text/css"))
			.cacheControl(CacheControl.noStore())
			.body(".portal-preview{" + BrandingStylesheet.declarations(shown(branding)) + "}\n");
	}

	@GetMapping(DisplayPage.PATH + "/preview/email")
	ResponseEntity<String> email(BrandingChange branding, @RequestParam(required = false) String previewLanguage,
			Locale locale) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header("Content-Security-Policy", EMAIL_POLICY)
			.body(messages.example(shown(branding), DisplayForm.previewLocale(previewLanguage, locale)).html());
	}

	private Branding shown(BrandingChange branding) {
		return branding.check(settings.branding()).branding();
	}

}
