package org.fieldbook.backoffice.servicetypes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.support.Browser;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin renames a service type in Spanish and then hides it, in a real browser, while a customer watches the
 * portal's choice list change; every back-office page checked by axe-core, screenshots to docs/screenshots.
 */
@Tag("browser")
@FieldbookIntegrationTest
class ServiceTypesBrowserTest {

	private static final String ADMIN = "serviceadmin";

	private static final String PASSWORD = "service types all day";

	@LocalServerPort
	int port;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	IdentityService identityService;

	@Autowired
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	ServiceWorld world;

	@BeforeEach
	void worldAndAdmin() {
		world = worlds.create();
		if (identityService.createUserQuery().userId(ADMIN).count() == 0) {
			User admin = identityService.newUser(ADMIN);
			admin.setPassword(PASSWORD);
			identityService.saveUser(admin);
			identityService.createMembership(ADMIN, "camunda-admin");
		}
		portalAccounts.open(contacts.contact(world.contactId).orElseThrow(), PortalSignIn.PASSWORD);
	}

	@Test
	void anAdminRenamesATypeInSpanishAndHidesItAndThePortalFollowsAtOnce() {
		world.language("es");
		try (Browser admin = Browser.desktop(port, "en-US,en"); Browser customer = Browser.desktop(port, "es")) {
			customer.open("/login").type("#username", ServiceWorld.CONTACT_EMAIL).type("#password", PortalSignIn.PASSWORD);
			customer.followTo(customer.find("button[type=submit]"));
			assertThat(choices(customer)).contains("Boiler service");

			admin.open("/admin/login").type("#username", ADMIN).type("#password", PASSWORD).click("Sign in");
			admin.open("/admin/service-types").assertAccessible().screenshot("backoffice-service-types");
			admin.click("Boiler service").assertAccessible();
			admin.type("#portalName-es", "Revisión de caldera").click("Save");
			assertThat(admin.text("main")).contains("Saved. The portal shows the change now.");
			admin.assertAccessible().screenshot("backoffice-service-type");

			assertThat(choices(customer)).contains("Revisión de caldera").doesNotContain("Boiler service");
			customer.assertAccessible();

			admin.find("input[type=checkbox][name=onPortal]").click();
			admin.click("Save");
			assertThat(admin.find("input[type=checkbox][name=onPortal]").isSelected()).isFalse();

			assertThat(choices(customer)).doesNotContain("Revisión de caldera", "Boiler service");
			admin.open("/admin/service-types?onPortal=no").assertAccessible();
			assertThat(admin.text("tbody")).contains("Boiler service");
		}
	}

	/** The service types the customer's schedule page offers, by their shown names. */
	private static List<String> choices(Browser customer) {
		customer.open("/schedule");
		return customer.all("#serviceType option").stream().map(WebElement::getText).toList();
	}

}
