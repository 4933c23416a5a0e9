package org.fieldbook.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.support.Browser;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The back office in a real browser: an admin signs in and reads the overview with its unmet demand and the
 * invitation list, both checked by axe-core; a dispatcher sees the overview without the admins' screens. The
 * overview's screenshot goes to docs/screenshots.
 */
@Tag("browser")
@FieldbookIntegrationTest
class BackOfficeBrowserTest {

	private static final String DISPATCHER_PASSWORD = "dispatching-all-day";

	private static final String DISPATCHERS = "dispatchers";

	@LocalServerPort
	int port;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	@Autowired
	IdentityService identityService;

	@Autowired
	TestClock clock;

	ServiceWorld world;

	@BeforeEach
	void unmetDemandAndInvitations() throws Exception {
		world = worlds.create();
		MockHttpSession sam = PortalSignIn.asNewCustomer(mvc, portalAccounts, contacts, world.contactId,
				ServiceWorld.CONTACT_EMAIL);
		Instant now = clock.instant();
		clock.set(now.minus(Duration.ofDays(20)));
		jdbc.update("UPDATE service_type_skill SET min_proficiency = 6");
		mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).session(sam)).andExpect(status().isOk());
		clock.set(now.minus(Duration.ofDays(3)));
		jdbc.update("UPDATE service_type_skill SET min_proficiency = 1");
		jdbc.update("UPDATE service_type SET duration_minutes = 720");
		mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).session(sam)).andExpect(status().isOk());
		jdbc.update("UPDATE service_type SET duration_minutes = 90");
		clock.set(now);
		for (String email : new String[] { "noa@example.org", "eli@example.org" }) {
			jdbc.update("INSERT INTO invitation (contact_id, email, expires_at, created_at) VALUES (NULL, ?, ?, ?)", email,
					Timestamp.from(now.plus(Duration.ofDays(14))), Timestamp.from(now.minus(Duration.ofDays(1))));
		}
		jdbc.update("INSERT INTO invitation (contact_id, email, status, expires_at, created_at) VALUES (?, ?, 'EXPIRED', ?, ?)",
				world.contactId, ServiceWorld.CONTACT_EMAIL, Timestamp.from(now.minus(Duration.ofDays(6))),
				Timestamp.from(now.minus(Duration.ofDays(20))));
		dispatcher();
	}

	@Test
	void anAdminReadsTheOverviewWithUnmetDemandAndTheInvitations() {
		try (Browser browser = Browser.desktop(port, "en-US,en")) {
			signIn(browser, "admin", "admin");
			assertThat(browser.path()).isEqualTo("/admin");
			assertThat(browser.text("main")).contains("Unmet demand", "Booked today", "Open incidents",
					"1 of 1 searches for Boiler service in Chicago found nothing");
			browser.driver().manage().window().setSize(new Dimension(1280, 1200));
			browser.assertAccessible().screenshot("backoffice-unmet-demand");

			browser.click("Invitations");
			assertThat(browser.path()).isEqualTo("/admin/invitations");
			assertThat(browser.text("main")).contains("noa@example.org", "eli@example.org", "Sam Lee", "Expired",
					"Page 1 of 1 (3 invitations)");
			assertThat(browser.all("button")).extracting(button -> button.getText()).contains("Re-issue", "Revoke");
			browser.assertAccessible();
		}
	}

	@Test
	void aDispatcherSeesTheOverviewWithoutTheAdminsScreens() {
		try (Browser browser = Browser.desktop(port, "en-US,en")) {
			signIn(browser, "dora", DISPATCHER_PASSWORD);
			assertThat(browser.path()).isEqualTo("/admin");
			assertThat(browser.text("nav.site-nav")).contains("Overview", "Invitations", "Messages")
				.doesNotContain("Settings", "Master data", "Audit log");
			browser.assertAccessible();
		}
	}

	private static void signIn(Browser browser, String username, String password) {
		browser.open("/admin/login").type("#username", username).type("#password", password);
		browser.followTo(browser.find("form button[type=submit]"));
	}

	private void dispatcher() {
		if (identityService.createUserQuery().userId("dora").count() == 0) {
			User dora = identityService.newUser("dora");
			dora.setPassword(DISPATCHER_PASSWORD);
			identityService.saveUser(dora);
			if (identityService.createGroupQuery().groupId(DISPATCHERS).count() == 0) {
				identityService.saveGroup(identityService.newGroup(DISPATCHERS));
			}
			identityService.createMembership("dora", DISPATCHERS);
		}
	}

}
