package org.fieldbook.backoffice.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.support.Browser;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.Jobs;
import org.fieldbook.support.Mailbox;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The message log and the portal links in a real browser, checked by axe-core: a dispatcher reads the confirmation
 * of a booking, then blocks the booking's link, and the customer's link then says it no longer works.
 */
@Tag("browser")
@FieldbookIntegrationTest
class MessagesBrowserTest {

	private static final Pattern LINK_PATH = Pattern.compile("https?://[^/\\s]+(/b/[A-Za-z0-9_-]+)");

	private static final String PASSWORD = "dispatching-all-day";

	private static final String DISPATCHERS = "dispatchers";

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@LocalServerPort
	int port;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	@Autowired
	IdentityService identityService;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	BookedVisit visit;

	@BeforeEach
	void aConfirmedBookingAndADispatcher() {
		ServiceWorld world = worlds.create();
		visit = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(2).slots().get(0), null));
		Jobs.runDue(management);
		if (identityService.createUserQuery().userId("dora").count() == 0) {
			User dora = identityService.newUser("dora");
			dora.setPassword(PASSWORD);
			identityService.saveUser(dora);
			if (identityService.createGroupQuery().groupId(DISPATCHERS).count() == 0) {
				identityService.saveGroup(identityService.newGroup(DISPATCHERS));
			}
			identityService.createMembership("dora", DISPATCHERS);
		}
	}

	@Test
	void aDispatcherReadsTheConfirmationAndBlocksTheLinkTheCustomerThenFindsBlocked() throws Exception {
		String customerLink = linkIn(smtp.getReceivedMessages()[0]);
		long email = jdbc.queryForObject("SELECT id FROM notification WHERE type = 'BOOKING_CONFIRMED' AND channel = 'EMAIL'", Long.class);

		try (Browser staff = Browser.desktop(port, "en").forwardedFor("198.51.100.31");
				Browser customer = Browser.desktop(port, "en").forwardedFor("198.51.100.32")) {
			customer.open(customerLink);
			assertThat(customer.text("main")).contains("Boiler service");

			staff.open("/admin/login").type("#username", "dora").type("#password", PASSWORD).click("Sign in");
			staff.open("/admin/notifications?channel=EMAIL");
			assertThat(staff.text("main")).contains("BOOKING_CONFIRMED", ServiceWorld.CONTACT_EMAIL, visit.reference());
			staff.assertAccessible().screenshot("backoffice-messages");

			staff.open("/admin/notifications/" + email);
			assertThat(staff.attribute("iframe.message-frame", "sandbox")).isEmpty();
			assertThat(staff.text("main")).contains("BEGIN:VCALENDAR", "Open its process in Cockpit");
			staff.assertAccessible();

			staff.open("/admin/links?reference=" + visit.reference());
			staff.followTo(staff.find("table a")).assertAccessible();
			staff.click("Block");
			assertThat(staff.text("main")).contains("The link is changed.", "Blocked");

			customer.open(customerLink);
			assertThat(customer.text("main")).contains("This link no longer works");
		}
	}

	private static String linkIn(MimeMessage email) throws Exception {
		Matcher link = LINK_PATH.matcher(Mailbox.part(email, "text/plain"));
		assertThat(link.find()).as("a portal link in the email").isTrue();
		return link.group(1);
	}

}
