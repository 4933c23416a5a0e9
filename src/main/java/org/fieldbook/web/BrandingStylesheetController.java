package org.fieldbook.web;

import org.fieldbook.settings.HeaderImage;
import org.fieldbook.settings.PortalSettingsService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The branding colours and font as a stylesheet, so that pages need no inline style and the content
 * security policy can forbid it; and the header image, for the pages and the emails. Browsers ask again on every
 * page (answered "not modified" while the settings' version is the same), so that a saved change shows at once.
 */
@Controller
class BrandingStylesheetController {

	private final PortalSettingsService settings;

	BrandingStylesheetController(PortalSettingsService settings) {
		this.settings = settings;
	}

	@GetMapping(value = "/branding.css", produces = "text/css")
	ResponseEntity<String> stylesheet() {
		String css = ":root{" + BrandingStylesheet.declarations(settings.branding()) + "}\n";
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("text/css"))
			.cacheControl(CacheControl.noCache())
			.eTag(settings.version().etag())
			.body(css);
	}

	@GetMapping("/branding/header-image")
	ResponseEntity<byte[]> headerImage() {
		String version = settings.version().etag();
		return settings.headerImage()
			.filter(HeaderImage::isPicture)
			.map(image -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(image.contentType()))
				.cacheControl(CacheControl.noCache())
				.eTag(version)
				.body(image.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
