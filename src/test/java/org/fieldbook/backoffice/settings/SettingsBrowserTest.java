package org.fieldbook.backoffice.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.settings.SelfSchedulingChange;
import org.fieldbook.support.Browser;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An admin changes the self-scheduling settings in a real browser: the portal offers later dates at once, and a save
 * over another admin's newer one is refused with that admin's name. Screenshot: docs/screenshots/backoffice-settings.png.
 */
@Tag("browser")
@FieldbookIntegrationTest
class SettingsBrowserTest {

	private static final String PASSWORD = "settings-for-the-portal";

	private static final Pattern FIRST_TIME = Pattern.compile("name=\"slot\" value=\"([^\"|]+)\\|");

	@LocalServerPort
	int port;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	IdentityService identityService;

	@Autowired
	PortalSettingsService settings;

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	ServiceWorld world;

	SettingsRestore before;

	@BeforeEach
	void adminAndWorld() {
		world = worlds.create();
		before = SettingsRestore.of(settings);
		if (identityService.createUserQuery().userId("ada").count() == 0) {
			User ada = identityService.newUser("ada");
			ada.setPassword(PASSWORD);
			identityService.saveUser(ada);
			if (identityService.createGroupQuery().groupId("camunda-admin").count() == 0) {
				identityService.saveGroup(identityService.newGroup("camunda-admin"));
			}
			identityService.createMembership("ada", "camunda-admin");
		}
	}

	@AfterEach
	void restore() {
		before.restore(settings);
	}

	@Test
	void anAdminMovesTheFirstOfferedDateAndAStaleSaveIsRefusedWithTheNameOfTheFirstAdmin() throws Exception {
		MockHttpSession sam = PortalSignIn.asNewCustomer(mvc, portalAccounts, contacts, world.contactId,
				ServiceWorld.CONTACT_EMAIL);
		LocalDate firstBefore = firstOfferedDate(sam);
		try (Browser browser = Browser.desktop(port, "en")) {
			browser.open("/admin/login").type("#username", "ada").type("#password", PASSWORD).click("Sign in");
			browser.open("/admin/settings").click("Self-scheduling");
			assertThat(browser.path()).isEqualTo("/admin/settings/self-scheduling");
			assertThat(browser.find("#minimumLeadDays").getDomProperty("value")).isEqualTo("1");
			browser.assertAccessible().screenshot("backoffice-settings");

			browser.type("#minimumLeadDays", "3").click("Save");

			assertThat(browser.text("[role=status]")).contains("The settings are saved.");
			assertThat(firstOfferedDate(sam)).isEqualTo(firstBefore.plusDays(2));

			browser.type("#cancelCutoffHours", "48");
			settings.change(settings.version().number(), "grace",
					List.of(new SelfSchedulingChange(null, null, null, null, null, null, 12, null, null, null, null)));
			browser.click("Save");

			assertThat(browser.text("[role=alert]")).startsWith("These settings were changed by grace at ")
				.contains("Your changes were not saved");
			assertThat(browser.find("#cancelCutoffHours").getDomProperty("value")).isEqualTo("48");
			assertThat(browser.text("#cancelCutoffHours-saved")).isEqualTo("Saved now: 12");
			assertThat(settings.portalRules().cancelCutoffHours()).isEqualTo(12);
			browser.assertAccessible();
			browser.open("/admin/settings/general").assertAccessible();
		}
	}

	private LocalDate firstOfferedDate(MockHttpSession customer) throws Exception {
		String page = mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).session(customer))
			.andReturn().getResponse().getContentAsString();
		Matcher first = FIRST_TIME.matcher(page);
		assertThat(first.find()).as("the portal offers a time").isTrue();
		return LocalDate.ofInstant(Instant.parse(first.group(1)), ZoneId.of("America/Chicago"));
	}

}
