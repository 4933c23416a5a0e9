package org.fieldbook.web;

import java.time.Duration;

import org.fieldbook.settings.Branding;
import org.fieldbook.settings.HeaderImage;
import org.fieldbook.settings.PortalSettingsService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The branding colours and font as a stylesheet, so that pages need no inline style and the content
 * security policy can forbid it; and the header image, for the pages and the emails.
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

	@GetMapping("/branding/header-image")
	ResponseEntity<byte[]> headerImage() {
		return settings.headerImage()
			.filter(HeaderImage::isPicture)
			.map(image -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(image.contentType()))
				.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
				.body(image.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	/** A font list is admin input: keep only what a font-family may contain. */
	private static String cssValue(String value) {
		return value.replaceAll("[^\\p{L}\\p{N} ,'\"-]", "");
	}

}
