package org.fieldbook.backoffice.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.fieldbook.backoffice.audit.AuditFilter;
import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.settings.Branding;
import org.fieldbook.settings.BrandingChange;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The settings' Display tab: saved values show on the portal at once, refused ones are marked next to their field
 * and nothing is written, a stale save is refused, the contrast is checked and the preview shows unsaved values.
 */
@FieldbookIntegrationTest
class DisplaySettingsTest {

	private static final RequestPostProcessor ADMIN = user("ada").roles("STAFF", "ADMIN");

	private static final RequestPostProcessor DISPATCHER = user("dora").roles("STAFF", "DISPATCHER");

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	PortalSettingsService settings;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	Branding before;

	@BeforeEach
	void remember() {
		worlds.create();
		before = settings.branding();
	}

	@AfterEach
	void restore() {
		settings.change(settings.version().number(), "test", List.of(new BrandingChange(before.fontFamily(),
				before.fontColor(), before.backgroundColor(), before.foregroundColor(), before.companyName(),
				before.contactEmail(), before.contactPhone(), before.pageTitle(), before.pageFooter())));
	}

	@Test
	void theTabShowsTheSavedValuesWithTheirVersionAndALabelForEveryInput() throws Exception {
		String page = mvc.perform(get("/admin/settings/display").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("name=\"version\" value=\"" + settings.version().number() + "\"",
				"value=\"" + before.companyName() + "\"", "type=\"color\"", "aria-current=\"page\"");
		for (String input : new String[] { "fontFamily", "fontColor", "fontColorText", "backgroundColor",
				"backgroundColorText", "accentColor", "accentColorText", "companyName", "contactEmail", "contactPhone",
				"pageTitle", "pageFooter", "previewLanguage", "image" }) {
			assertThat(page).as(input).contains("for=\"" + input + "\"", "id=\"" + input + "\"");
		}
	}

	@Test
	void savedValuesShowOnThePortalAtOnceAndEachMovedFieldIsAudited() throws Exception {
		clock.set(Instant.parse("2026-12-01T10:00:00Z"));

		mvc.perform(save().param("companyName", "Northwind Heating")
			.param("accentColor", "#7a1f5c")
			.param("fontColorText", "#111111")
			.param("fontFamily", "Georgia, serif")
			.param("pageFooter", "Open Monday to Saturday"))
			.andExpect(redirectedUrl("/admin/settings/display?saved"));

		mvc.perform(get("/login"))
			.andExpect(content().string(containsString("Northwind Heating")))
			.andExpect(content().string(containsString("Open Monday to Saturday")));
		mvc.perform(get("/branding.css"))
			.andExpect(header().string("Cache-Control", "no-cache"))
			.andExpect(content().string(containsString("--fb-accent:#7a1f5c")))
			.andExpect(content().string(containsString("--fb-text:#111111")))
			.andExpect(content().string(containsString("--fb-font:Georgia, serif")));
		assertThat(settings.version().changedBy()).isEqualTo("ada");
		assertThat(audit.find(new AuditFilter("ada", AuditedDisplaySettings.ACTION, null, null, null, null), 1).items())
			.extracting(AuditTrail.Entry::subject, AuditTrail.Entry::details)
			.contains(tuple("companyName", before.companyName() + " → Northwind Heating"),
					tuple("accentColor", before.foregroundColor() + " → #7a1f5c"),
					tuple("fontColor", before.fontColor() + " → #111111"))
			.noneMatch(entry -> entry.toList().contains("contactEmail"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "fontFamily|Arial; background:url(x)|Use only letters",
			"fontFamily|''|This cannot be empty", "fontColorText|red|Write a colour as #",
			"backgroundColorText|#12345|Write a colour as #", "accentColor|#gggggg|Write a colour as #",
			"companyName|'   '|This cannot be empty", "contactEmail|service at example.com|Write an email address",
			"contactPhone|call us|Write a phone number", "contactPhone|+1 312 555 0199 0199 0199 0199 0199|At most 30 characters",
			"pageTitle|''|This cannot be empty" })
	void aRefusedValueIsMarkedNextToItsFieldAndNothingIsWritten(String input, String value, String message)
			throws Exception {
		long version = settings.version().number();
		String field = input.replace("Text", "");

		String page = mvc.perform(save().param("pageFooter", "Not saved").param(input, value))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"" + field + "-error\"", message, "aria-invalid=\"true\"",
				"Nothing was saved: please correct the fields marked below.");
		assertThat(page).containsPattern("id=\"" + input + "\"[^>]*aria-describedby=\"[^\"]*" + field + "-error");
		assertThat(settings.version().number()).isEqualTo(version);
		assertThat(settings.branding().pageFooter()).isEqualTo(before.pageFooter());
	}

	@Test
	void aTooLongFooterIsRefused() throws Exception {
		mvc.perform(save().param("pageFooter", "x".repeat(501)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("At most 500 characters.")));
		mvc.perform(save().param("pageFooter", "x".repeat(500))).andExpect(redirectedUrl("/admin/settings/display?saved"));
		assertThat(settings.branding().pageFooter()).hasSize(500);
	}

	@Test
	void textOnBackgroundBelowFourAndAHalfIsWarnedWithItsRatioButSaved() throws Exception {
		mvc.perform(preview().param("fontColorText", "#777777").param("backgroundColorText", "#ffffff"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Text on background: 4.48:1. Below 4.5:1")));
		mvc.perform(preview().param("fontColorText", "#767676").param("backgroundColorText", "#ffffff"))
			.andExpect(content().string(containsString("Text on background: 4.54:1. At least 4.5:1")));
		mvc.perform(preview().param("accentColorText", "#ffff00").param("backgroundColorText", "#ffffff"))
			.andExpect(content().string(containsString("Accent on background (links and buttons): 1.07:1. Below 4.5:1")));

		mvc.perform(save().param("fontColorText", "#777777").param("backgroundColorText", "#ffffff"))
			.andExpect(redirectedUrl("/admin/settings/display?saved"));
		assertThat(settings.branding().fontColor()).isEqualTo("#777777");
		mvc.perform(get("/admin/settings/display").with(ADMIN))
			.andExpect(content().string(containsString("Text on background: 4.48:1. Below 4.5:1")));
	}

	@Test
	void aSaveAgainstAnOlderVersionIsRefusedNamingWhoSavedAndKeepsWhatWasTyped() throws Exception {
		long read = settings.version().number();
		clock.set(Instant.parse("2026-12-01T09:15:00Z"));
		settings.change(read, "bert", List.of(new BrandingChange(null, null, null, null, "Bert's Boilers", null, null,
				null, null)));

		mvc.perform(post("/admin/settings/display").with(ADMIN)
			.with(csrf())
			.param("version", String.valueOf(read))
			.param("companyName", "Ada's Air")
			.param("pageTitle", before.pageTitle()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("The settings were changed by bert at 2026-12-01 09:15 UTC")))
			.andExpect(content().string(containsString("value=\"Ada&#39;s Air\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (read + 1) + "\"")));
		assertThat(settings.branding().companyName()).isEqualTo("Bert's Boilers");
	}

	@Test
	void thePreviewShowsUnsavedValuesInArabicRightToLeftAndSavesNothing() throws Exception {
		long version = settings.version().number();

		String page = mvc.perform(preview().param("companyName", "Preview Heating").param("previewLanguage", "ar"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("class=\"portal-preview\" lang=\"ar\" dir=\"rtl\"", "Preview Heating",
				"id=\"sms-preview\" lang=\"ar\" dir=\"rtl\"", "تم حجز زيارتك");
		assertThat(page).containsPattern("<option value=\"ar\" lang=\"ar\"\\s+selected=\"selected\"");
		assertThat(page).containsPattern("<iframe class=\"email-preview\" sandbox src=\"/admin/settings/display/preview/email\\?[^\"]*companyName=Preview%20Heating[^\"]*previewLanguage=ar\"");
		assertThat(page).containsPattern("href=\"/admin/settings/display/preview.css\\?[^\"]*contactPhone=%2B");
		assertThat(settings.version().number()).isEqualTo(version);
		assertThat(settings.branding().companyName()).isEqualTo(before.companyName());

		mvc.perform(get("/admin/settings/display/preview/email").with(ADMIN)
			.param("companyName", "Preview Heating")
			.param("accentColor", "#7a1f5c")
			.param("previewLanguage", "ar"))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Content-Security-Policy", DisplayPreviewController.EMAIL_POLICY))
			.andExpect(content().string(containsString("lang=\"ar\" dir=\"rtl\"")))
			.andExpect(content().string(containsString("شكرًا لك. تم حجز زيارتك.")))
			.andExpect(content().string(containsString("Preview Heating")))
			.andExpect(content().string(containsString("background:#7a1f5c")));
	}

	@Test
	void thePreviewStylesheetCarriesOnlyAcceptableValues() throws Exception {
		mvc.perform(get("/admin/settings/display/preview.css").with(ADMIN)
			.param("accentColor", "#7a1f5c")
			.param("fontColor", "red}body{display:none"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(".portal-preview{")))
			.andExpect(content().string(containsString("--fb-accent:#7a1f5c")))
			.andExpect(content().string(containsString("--fb-text:" + before.fontColor())))
			.andExpect(content().string(not(containsString("display:none"))));
	}

	@Test
	void dispatchersMayNeitherOpenNorChangeTheDisplayTab() throws Exception {
		long version = settings.version().number();

		mvc.perform(get("/admin/settings/display").with(DISPATCHER)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/settings/display/preview/email").with(DISPATCHER)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/settings/display").with(DISPATCHER)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("companyName", "Dora's"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/settings/display/header-image/remove").with(DISPATCHER)
			.with(csrf())
			.param("version", String.valueOf(version)))
			.andExpect(status().isForbidden());
		assertThat(settings.version().number()).isEqualTo(version);
	}

	/** A save of the form as the page shows it, with the parameters the test adds. */
	private MockHttpServletRequestBuilder save() {
		return form(post("/admin/settings/display"));
	}

	private MockHttpServletRequestBuilder preview() {
		return form(post("/admin/settings/display")).param("preview", "preview");
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request) {
		return request.with(ADMIN).with(csrf()).param("version", String.valueOf(settings.version().number()));
	}

}
