package org.fieldbook.backoffice.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.masterdata.MasterDataImporter;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A dispatcher in a real browser: the board, a booking opened and moved to an offered time by keyboard, axe on both pages. */
@Tag("browser")
@FieldbookIntegrationTest
class DispatchBrowserTest {

	/** The Camunda group of dispatchers. */
	private static final String DISPATCHERS = "dispatchers";

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@LocalServerPort
	int port;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	MasterDataImporter importer;

	@Autowired
	BookingService bookings;

	@Autowired
	SlotSearchService slots;

	@Autowired
	IdentityService identityService;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void aDispatcher() {
		if (identityService.createUserQuery().userId("dora").count() == 0) {
			User dora = identityService.newUser("dora");
			dora.setPassword("dispatching-all-day");
			identityService.saveUser(dora);
			if (identityService.createGroupQuery().groupId(DISPATCHERS).count() == 0) {
				identityService.saveGroup(identityService.newGroup(DISPATCHERS));
			}
			identityService.createMembership("dora", DISPATCHERS);
		}
	}

	@Test
	void aDispatcherMovesABookingFromTheBoardToAnOfferedTimeAndTheCustomerIsTold() throws Exception {
		DispatchWorld world = new DispatchWorld(worlds.create(), bookings, jdbc);
		DispatchWorld.benOffDuty(importer, LocalDateTime.parse("2026-12-02T12:00"), LocalDateTime.parse("2026-12-02T14:00"));
		world.book(LocalDateTime.parse("2026-12-02T07:00"), ServiceWorld.TECHNICIAN, null);
		BookedVisit visit = world.book(LocalDateTime.parse("2026-12-02T10:00"), ServiceWorld.TECHNICIAN, "Gate code 1234");
		world.book(LocalDateTime.parse("2026-12-02T15:00"), ServiceWorld.SECOND_TECHNICIAN, null);
		Jobs.runDue(management);

		try (Browser browser = Browser.desktop(port, "en").forwardedFor("198.51.100.61")) {
			browser.open("/admin/login").type("#username", "dora").type("#password", "dispatching-all-day").click("Sign in");
			browser.open("/admin/dispatch?territory=chicago&date=2026-12-02").assertAccessible().screenshot("backoffice-dispatch");
			assertThat(browser.text(".board")).contains("Ana Ruiz", "Ben Okafor",
					"10:00–11:30 Boiler service, Lee household, travel 0 min (" + visit.reference() + ")");

			browser.followTo(browser.driver().findElement(By.partialLinkText(visit.reference())), Keys.ENTER);
			assertThat(browser.path()).isEqualTo("/admin/bookings/" + visit.reference());
			browser.assertAccessible();
			assertThat(browser.text("main")).contains("Gate code 1234", "Sam Lee", "BOOKING_CONFIRMED");

			WebElement time = browser.all("input[name=slot]").get(12);
			time.sendKeys(Keys.SPACE);
			String newTime = time.findElement(By.xpath("..")).getText();
			browser.click("Reschedule");
			assertThat(browser.text("main")).contains("The booking was moved", newTime.substring(0, 5));
			browser.assertAccessible();
		}

		Jobs.runDue(management);
		MimeMessage notice = onlyEmail("Your visit has a new time");
		assertThat(notice.getAllRecipients()[0].toString()).isEqualTo(ServiceWorld.CONTACT_EMAIL);
		assertThat(Mailbox.part(notice, "text/plain")).contains(visit.reference());
	}

	@Test
	void aDispatcherMovesAWindowBookingInsideItsWindowSilentlyAndOutsideItWithANotice() throws Exception {
		ServiceWorld customer = worlds.create().communicationType("EMAIL").arrivalWindows("08:00-12:00, 12:00-16:00");
		BookedVisit visit = bookings.book(customer.booking(
				slots.search(ServiceWorld.query()).days().get(0).windows().get(0), null));
		Jobs.runDue(management);
		assertThat(smtp.getReceivedMessages()).as("the confirmation").hasSize(1);

		try (Browser browser = Browser.desktop(port, "en").forwardedFor("198.51.100.62")) {
			browser.open("/admin/login").type("#username", "dora").type("#password", "dispatching-all-day").click("Sign in");
			browser.open("/admin/bookings/" + visit.reference()).assertAccessible();
			assertThat(browser.text("#promised-window")).contains("08:00–12:00 (America/Chicago)");
			WebElement inside = insideTheWindow(browser, true).get(1);
			inside.sendKeys(Keys.SPACE);
			String insideTime = inside.findElement(By.xpath("..")).getText().substring(0, 5);
			browser.click("Reschedule");
			assertThat(browser.text("main")).contains("The booking was moved", insideTime);
			Jobs.runDue(management);
			assertThat(smtp.getReceivedMessages()).as("no notice inside the window").hasSize(1);
			assertThat(jdbc.queryForObject("SELECT window_starts_at = ? AND window_ends_at = ? FROM booking WHERE id = ?",
					Boolean.class, Timestamp.from(visit.window().from()), Timestamp.from(visit.window().to()), visit.bookingId()))
				.as("the window promised stays").isTrue();

			WebElement outside = insideTheWindow(browser, false).stream()
				.filter(time -> time.findElement(By.xpath("..")).getText().startsWith("13:00"))
				.findFirst()
				.orElseThrow();
			outside.sendKeys(Keys.SPACE);
			browser.click("Reschedule");
			browser.assertAccessible();
		}

		Jobs.runDue(management);
		assertThat(Mailbox.part(onlyEmail("Your visit has a new time"), "text/plain")).contains(visit.reference(), "arrival between 12:00 and 16:00");
	}

	/** The offered times of the booking page that lie inside (or outside) the promised window, as the page marks them. */
	private static List<WebElement> insideTheWindow(Browser browser, boolean inside) {
		return browser.all("input[name=slot]")
			.stream()
			.filter(time -> time.findElement(By.xpath("..")).getText().contains("inside the promised window") == inside)
			.toList();
	}

	private MimeMessage onlyEmail(String subject) {
		List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getSubject().startsWith(subject);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

}
