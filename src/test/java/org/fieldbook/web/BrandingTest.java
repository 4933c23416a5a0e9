package org.fieldbook.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.ManagementService;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.Jobs;
import org.fieldbook.support.Mailbox;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The portal settings' look and words on every page and in emails: colours, font, snippets, header image. */
@FieldbookIntegrationTest
class BrandingTest {

	/** A 1 × 1 PNG. */
	private static final byte[] PICTURE = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	ServiceWorld world;

	@BeforeEach
	void world() {
		world = worlds.create()
			.setting("company_name", "Northwind Heating")
			.setting("page_footer", "Open Monday to Saturday")
			.setting("foreground_color", "#7a1f5c")
			.setting("font_family", "Georgia, serif");
	}

	@Test
	void withoutAnImageThePagesShowTheCompanyNameAndTheSettingsColoursAndFont() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(content().string(containsString("Northwind Heating")))
			.andExpect(content().string(containsString("Open Monday to Saturday")))
			.andExpect(content().string(not(containsString("brand-image"))));
		mvc.perform(get("/branding.css"))
			.andExpect(content().string(containsString("--fb-accent:#7a1f5c")))
			.andExpect(content().string(containsString("--fb-font:Georgia, serif")));
		mvc.perform(get("/branding/header-image")).andExpect(status().isNotFound());
	}

	@Test
	void anUploadedHeaderImageIsShownOnEveryPageAndInEmails() throws Exception {
		jdbc.update("UPDATE portal_settings SET header_image = ?, header_image_content_type = 'image/png'", (Object) PICTURE);

		mvc.perform(get("/branding/header-image"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(content().bytes(PICTURE));
		mvc.perform(get("/login")).andExpect(content().string(containsString("src=\"/branding/header-image\"")));
		mvc.perform(get("/password-reset")).andExpect(content().string(containsString("src=\"/branding/header-image\"")));

		Slot slot = slots.search(ServiceWorld.query()).days().get(0).slots().get(0);
		bookings.book(world.booking(slot, null));
		Jobs.runDue(management);
		String html = Mailbox.part(smtp.getReceivedMessages()[0], "text/html");
		assertThat(html).contains("/branding/header-image\"", "Northwind Heating", "Open Monday to Saturday", "#7a1f5c");
	}

	@Test
	void anImageThatCouldCarryScriptIsNeitherServedNorShown() throws Exception {
		jdbc.update("UPDATE portal_settings SET header_image = ?, header_image_content_type = 'image/svg+xml'",
				(Object) "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes());

		mvc.perform(get("/branding/header-image")).andExpect(status().isNotFound());
		mvc.perform(get("/login")).andExpect(content().string(not(containsString("brand-image"))));
	}

}
