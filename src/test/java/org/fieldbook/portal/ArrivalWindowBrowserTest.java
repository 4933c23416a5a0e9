package org.fieldbook.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.support.Browser;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.Jobs;
import org.fieldbook.support.Mailbox;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Booking an arrival window in a real browser, on a desktop in English and right to left in Arabic: the windows
 * offered, the window on the confirmation page and in the email. Screenshots go to docs/screenshots.
 */
@Tag("browser")
@FieldbookIntegrationTest
class ArrivalWindowBrowserTest {

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
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	ServiceWorld world;

	@BeforeEach
	void world() {
		world = worlds.create().communicationType("EMAIL").arrivalWindows("08:00-12:00, 12:00-16:00");
	}

	@Test
	void onADesktopTheCustomerBooksTheAfternoonWindowAndIsPromisedItOnThePageAndInTheEmail() throws Exception {
		portalAccounts.open(contacts.contact(world.contactId).orElseThrow(), PortalSignIn.PASSWORD);
		try (Browser browser = Browser.desktop(port, "en-US,en").forwardedFor("198.51.100.71")) {
			signIn(browser, "Sign in");
			browser.open("/schedule");
			new Select(browser.find("#serviceType")).selectByVisibleText("Boiler service");
			browser.click("Show free times");
			assertThat(browser.text("main")).contains("Arrival windows on", "The technician arrives within the window you choose.");
			assertThat(labels(browser)).containsExactly("Arrival between 08:00 and 12:00", "Arrival between 12:00 and 16:00");
			WebElement afternoon = browser.all("input[name=slot]").get(1);
			afternoon.click();
			browser.assertAccessible().screenshot("booking-windows-desktop");
			browser.click("Book");

			assertThat(browser.path()).matches("/bookings/FB-[A-Z0-9]{5}\\?booked");
			String reference = browser.path().substring("/bookings/".length(), browser.path().indexOf('?'));
			assertThat(browser.text("main")).contains("Your visit is booked", "arrival between 12:00 and 16:00 CST", reference);
			browser.assertAccessible();
			browser.click("My bookings");
			assertThat(browser.text("main")).contains("arrival between 12:00 and 16:00 CST");

			Jobs.runDue(management);
			MimeMessage confirmation = onlyEmail();
			assertThat(confirmation.getSubject()).startsWith("Your visit is booked: ").endsWith("arrival between 12:00 and 16:00 CST");
			assertThat(Mailbox.part(confirmation, "text/calendar")).contains("T180000Z", "T220000Z");
		}
		assertThat(jdbc.queryForObject("SELECT extract(hour FROM window_starts_at AT TIME ZONE 'America/Chicago') FROM booking",
				Integer.class)).isEqualTo(12);
	}

	@Test
	void inArabicTheWindowsReadRightToLeftAndTheBookedWindowIsPromisedInArabic() throws Exception {
		world.language("ar");
		portalAccounts.open(contacts.contact(world.contactId).orElseThrow(), PortalSignIn.PASSWORD);
		try (Browser browser = Browser.desktop(port, "ar,en").forwardedFor("198.51.100.72")) {
			signIn(browser, "تسجيل الدخول");
			browser.open("/schedule");
			assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
			new Select(browser.find("#serviceType")).selectByIndex(1);
			browser.followTo(browser.find("form.choices button"));
			assertThat(labels(browser)).containsExactly("الوصول بين 08:00 و12:00", "الوصول بين 12:00 و16:00");
			assertThat(browser.text("main")).contains("فترات الوصول يوم", "يصل الفني خلال الفترة التي تختارها.");
			browser.assertAccessible().screenshot("booking-windows-arabic");
			browser.followTo(browser.find("main form[method=post] button[type=submit]"));

			assertThat(browser.path()).matches("/bookings/FB-[A-Z0-9]{5}\\?booked");
			assertThat(browser.text("main")).contains("الوصول بين 08:00 و12:00");
			assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
			browser.assertAccessible();

			Jobs.runDue(management);
			assertThat(Mailbox.part(onlyEmail(), "text/plain")).contains("الوصول بين 08:00 و12:00");
		}
	}

	private static void signIn(Browser browser, String button) {
		browser.open("/login").type("#username", ServiceWorld.CONTACT_EMAIL).type("#password", PortalSignIn.PASSWORD);
		browser.click(button);
		assertThat(browser.path()).isEqualTo("/");
	}

	private static List<String> labels(Browser browser) {
		return browser.all("input[name=slot]")
			.stream()
			.map(input -> input.findElement(By.xpath("..")).getText().trim())
			.toList();
	}

	private static MimeMessage onlyEmail() {
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		return smtp.getReceivedMessages()[0];
	}

}
