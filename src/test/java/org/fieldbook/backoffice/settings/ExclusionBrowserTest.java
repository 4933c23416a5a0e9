package org.fieldbook.backoffice.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.ManagementService;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.support.Browser;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.Jobs;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin finds an account with the exclusion picker of Settings → General and excludes it: the confirmation of
 * the next booking of its contact is not sent, and the message list of that booking shows it skipped, with the reason.
 * The exclusion is removed again through the page.
 */
@Tag("browser")
@FieldbookIntegrationTest
class ExclusionBrowserTest {

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@LocalServerPort
	int port;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	ManagementService management;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	ServiceWorld world;

	@BeforeEach
	void aCompany() {
		world = worlds.create();
	}

	@Test
	void anExcludedAccountsNextConfirmationIsRecordedAsSkippedWithTheReason() throws Exception {
		try (Browser browser = Browser.desktop(port, "en").forwardedFor("198.51.100.41")) {
			browser.open("/admin/login").type("#username", "admin").type("#password", "admin");
			browser.followTo(browser.find("form button[type=submit]"));
			browser.open("/admin/settings/general").type("#accountSearch", "Lee");
			browser.followTo(browser.find("#accountSearch"), Keys.ENTER);
			assertThat(browser.text("main")).contains("Lee household (" + ServiceWorld.ACCOUNT + ")");
			browser.followTo(browser.find("button[aria-label='Exclude Lee household']"));
			assertThat(browser.text("[role=status]")).contains("Added to the exclusion list");
			browser.assertAccessible();

			BookedVisit visit = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(2).slots().get(0), null));
			Jobs.runDue(management);

			assertThat(smtp.getReceivedMessages()).as("no email to an excluded account").isEmpty();
			browser.open("/admin/notifications").type("#reference", visit.reference());
			browser.followTo(browser.find("#reference"), Keys.ENTER);
			assertThat(browser.path()).contains("reference=" + visit.reference());
			assertThat(browser.all("table tbody tr")).extracting(row -> row.getText())
				.filteredOn(row -> row.contains("BOOKING_CONFIRMED"))
				.isNotEmpty()
				.allMatch(row -> row.contains("SKIPPED — the account is on the messaging exclusion list"));

			browser.open("/admin/settings/general");
			browser.followTo(browser.find("button[aria-label='Remove Lee household from the list']"));
			assertThat(browser.text("[role=status]")).contains("Removed from the exclusion list");
		}
	}

}
