package org.fieldbook.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.fieldbook.booking.BookingRequest;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.support.Browser;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.Jobs;
import org.fieldbook.support.Mailbox;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The earlier-time journey in a real browser: customer B asks to be told, customer A cancels, B follows the link in
 * the email and takes the time; A's former time is B's now, and B's former time is free.
 */
@Tag("browser")
@FieldbookIntegrationTest
class EarlierTimeBrowserTest {

	private static final Pattern LINK_PATH = Pattern.compile("https?://[^/\\s]+(/b/[A-Za-z0-9_-]+)");

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@LocalServerPort
	int port;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Autowired
	ManagementService management;

	@Autowired
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void customerBAsksCustomerACancelsAndBTakesTheFreedTimeFromTheEmail() throws Exception {
		ServiceWorld world = worlds.create().communicationType("EMAIL");
		long alex = jdbc.queryForObject("""
				INSERT INTO contact (external_id, first_name, last_name, email) VALUES ('c-alex', 'Alex', 'Lee', 'alex@example.com')
				RETURNING id""", Long.class);
		jdbc.update("INSERT INTO account_contact (account_id, contact_id) VALUES (?, ?)", world.accountId, alex);
		Slot early = slots.search(ServiceWorld.query()).days().get(1).slots().get(0);
		BookedVisit customerA = bookings.book(new BookingRequest(ServiceWorld.SERVICE_TYPE, ServiceWorld.ACCOUNT, null, alex,
				early.start().toInstant(), early.technicians(), null));
		BookedVisit customerB = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(6).slots().get(0), null));
		Jobs.runDue(management);
		smtp.purgeEmailFromAllMailboxes();
		portalAccounts.open(contacts.contact(world.contactId).orElseThrow(), PortalSignIn.PASSWORD);

		try (Browser browser = Browser.desktop(port, "en-US,en").forwardedFor("198.51.100.81")) {
			browser.open("/login").type("#username", ServiceWorld.CONTACT_EMAIL).type("#password", PortalSignIn.PASSWORD);
			browser.click("Sign in");
			browser.open("/bookings/" + customerB.reference()).assertAccessible();
			browser.click("Tell me if an earlier time frees up");
			assertThat(browser.text("main")).contains("Done: we will tell you if an earlier time frees up.", "Stop telling me");
			browser.click("My bookings");
			assertThat(browser.text("main")).contains("Waiting for an earlier time");

			bookings.cancel(customerA.reference());
			Jobs.runDue(management);

			MimeMessage offer = onlyEmailTo(ServiceWorld.CONTACT_EMAIL, "An earlier time is free");
			Matcher link = LINK_PATH.matcher(Mailbox.part(offer, "text/plain"));
			assertThat(link.find()).as("a link to the visit").isTrue();
			browser.open(link.group(1));
			assertThat(browser.text("main")).contains("An earlier time is free", " instead of ", "Take it", "No thanks");
			browser.assertAccessible().screenshot("earlier-time-offer");
			browser.click("Take it");

			assertThat(browser.text("main")).contains("Done: your visit has moved to the earlier time.");
			browser.assertAccessible();
		}
		try (Browser staff = Browser.desktop(port, "en-US,en")) {
			staff.open("/admin/login").type("#username", "admin").type("#password", "admin");
			staff.followTo(staff.find("form button[type=submit]"));
			assertThat(staff.text("#overview-brought-forward")).as("visits brought forward on the overview").isEqualTo("1");
			staff.click("Who waits for an earlier time, and the offers made");
			assertThat(staff.path()).isEqualTo("/admin/earlier-times");
			assertThat(staff.text("#offers-taken")).isEqualTo("1");
			assertThat(staff.text("#latest")).contains(customerB.reference(), "Taken");
			staff.driver().manage().window().setSize(new Dimension(1280, 1000));
			staff.assertAccessible().screenshot("backoffice-earlier-times");
		}
		assertThat(startOf(customerB)).as("A's former time is B's now").isEqualTo(customerA.startsAt());
		assertThat(slots.search(ServiceWorld.query()).days().stream().flatMap(day -> day.slots().stream())
			.anyMatch(slot -> slot.start().toInstant().equals(customerB.startsAt()))).as("B's former time is free").isTrue();
	}

	private Instant startOf(BookedVisit visit) {
		return jdbc.queryForObject("SELECT starts_at FROM booking WHERE id = ?", Timestamp.class, visit.bookingId()).toInstant();
	}

	private MimeMessage onlyEmailTo(String address, String subjectStart) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address) && message.getSubject().startsWith(subjectStart);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).findFirst().orElseThrow(() -> new AssertionError("no email '" + subjectStart + "' to " + address));
	}

}
