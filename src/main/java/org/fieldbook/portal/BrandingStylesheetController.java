package org.fieldbook.portal;

import java.time.Duration;

import org.fieldbook.settings.Branding;
import org.fieldbook.settings.PortalSettingsService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The branding colours and font as a stylesheet, so that pages need no inline style and the content
 * security policy can forbid it.
 */
@Controller
class BrandingStylesheetController {

	private final PortalSettingsService settings;

	BrandingStylesheetController(PortalSettingsService settings) {
		this.settings = settings;
	}

	@GetMapping(value = "/branding.css", produces = "text/css")
	ResponseEntity<String> stylesheet() {
		Branding branding = settings.branding();
		String css = ":root{--fb-font:" + cssValue(branding.fontFamily()) + ";--fb-text:" + branding.fontColor()
				+ ";--fb-background:" + branding.backgroundColor() + ";--fb-accent:" + branding.foregroundColor() + "}\n";
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("text/css"))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
			.body(css);
	}

	/** A font list is admin input: keep only what a font-family may contain. */
	private static String cssValue(String value) {
		return value.replaceAll("[^\\p{L}\\p{N} ,'\"-]", "");
	}

}
