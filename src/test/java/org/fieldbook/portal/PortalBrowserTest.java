package org.fieldbook.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.InvitationProcess;
import org.fieldbook.invitation.InvitationTrigger;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portal in a real browser: the customer journeys end to end, on a desktop, on a 360 px phone, in Arabic and
 * by keyboard alone, every page checked by axe-core. Screenshots of the booking page go to docs/screenshots.
 */
@Tag("browser")
@FieldbookIntegrationTest
class PortalBrowserTest {

	private static final Pattern LINK_PATH = Pattern.compile("https?://[^/\\s]+(/(?:invitation|b|password-reset)/[A-Za-z0-9_-]+)");

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
	InvitationProcess invitationProcess;

	@Autowired
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	ServiceWorld world;

	@BeforeEach
	void world() {
		world = worlds.create();
	}

	@Test
	void fromTheInvitationEmailToABookingThatIsMovedAndThenCanceled() throws Exception {
		invitationProcess.start(world.contactId, InvitationTrigger.ALL_EXISTING_CONTACTS);
		Jobs.runDue(management);
		String invitationLink = linkIn(onlyEmailTo(ServiceWorld.CONTACT_EMAIL));

		try (Browser browser = Browser.desktop(port, "en-US,en")) {
			browser.open(invitationLink).assertAccessible();
			browser.type("#password", PortalSignIn.PASSWORD).type("#confirmation", PortalSignIn.PASSWORD).click("Create my account");
			assertThat(browser.path()).startsWith("/profile");
			assertThat(browser.text("main")).contains("Welcome, Sam");
			browser.assertAccessible().click("Skip for now");

			assertThat(browser.path()).startsWith("/schedule");
			new Select(browser.find("#serviceType")).selectByVisibleText("Boiler service");
			browser.click("Show free times");
			assertThat(browser.all(".date-strip a[aria-current]")).as("the first free date is chosen").hasSize(1);
			browser.followTo(browser.all(".date-strip a").get(2));
			String chosenDate = browser.text(".date-strip a[aria-current]");
			String chosenTime = chosenTimeLabel(browser);
			browser.assertAccessible().screenshot("booking-desktop");
			browser.type("#details", "The boiler is in the basement <behind the stairs>");
			browser.click("Book");

			assertThat(browser.path()).matches("/bookings/FB-[A-Z0-9]{5}\\?booked");
			String reference = browser.path().substring("/bookings/".length(), browser.path().indexOf('?'));
			assertThat(browser.text("main")).contains(reference, "Your visit is booked", chosenTime, "Boiler service",
					"1 Lake St", "Chicago", "Scheduled");
			assertThat(chosenDate).isNotBlank();
			browser.assertAccessible();
			assertThat(jdbc.queryForObject("SELECT body FROM work_order_note", String.class))
				.isEqualTo("The boiler is in the basement <behind the stairs>");

			Jobs.runDue(management);
			MimeMessage confirmation = onlyEmailTo(ServiceWorld.CONTACT_EMAIL, "Your visit is booked");
			assertThat(Mailbox.part(confirmation, "text/plain")).contains(reference, chosenTime.substring(0, 5));

			browser.click("My bookings").assertAccessible();
			browser.followTo(browser.driver().findElement(By.partialLinkText("Boiler service")));
			browser.click("Move this visit").assertAccessible();
			List<WebElement> dates = browser.all(".date-strip a");
			browser.followTo(dates.get(dates.size() - 1));
			String newTime = chosenTimeLabel(browser);
			browser.click("Move my visit");
			assertThat(browser.text("main")).contains("Your visit has a new time", newTime);
			Jobs.runDue(management);
			assertThat(Mailbox.part(onlyEmailTo(ServiceWorld.CONTACT_EMAIL, "Your visit has a new time"), "text/plain"))
				.contains(reference, newTime.substring(0, 5));

			browser.click("Cancel this visit");
			assertThat(browser.text("main")).contains("Your visit is canceled", "Canceled").doesNotContain("Move this visit");
			browser.assertAccessible();
			assertThat(jdbc.queryForObject("SELECT status FROM booking", String.class)).isEqualTo("CANCELED");
			Jobs.runDue(management);
			assertThat(Mailbox.part(onlyEmailTo(ServiceWorld.CONTACT_EMAIL, "Your visit is canceled"), "text/plain")).contains(reference);
		}
	}

	@Test
	void theLinkInAConfirmationOpensThatVisitWithoutSigningInToMoveAndCancelIt() throws Exception {
		Slot slot = slots.search(ServiceWorld.query()).days().get(2).slots().get(0);
		bookings.book(world.booking(slot, null));
		Jobs.runDue(management);
		String link = linkIn(onlyEmailTo(ServiceWorld.CONTACT_EMAIL, "Your visit is booked"));

		try (Browser browser = Browser.desktop(port, "en").forwardedFor("198.51.100.21")) {
			browser.open(link).assertAccessible();
			assertThat(browser.text("main")).contains("Boiler service", "Scheduled");
			assertThat(browser.all(".site-nav")).as("not signed in: no customer navigation").isEmpty();

			browser.click("Move this visit").assertAccessible();
			browser.followTo(browser.all(".date-strip a").get(3));
			String newTime = chosenTimeLabel(browser);
			browser.click("Move my visit");
			assertThat(browser.text("main")).contains("Your visit has a new time", newTime);

			browser.click("Cancel this visit");
			assertThat(browser.text("main")).contains("Your visit is canceled");

			browser.open("/bookings");
			assertThat(browser.path()).as("the link opens that visit and nothing else").startsWith("/login");

			browser.open("/b/not-a-real-code-at-all-xx").assertAccessible();
			assertThat(browser.text("main")).contains("This link no longer works");
		}
	}

	@Test
	void onA360PixelPhoneTheCustomerBooksWithoutScrollingSideways() {
		portalAccounts.open(contacts.contact(world.contactId).orElseThrow(), PortalSignIn.PASSWORD);
		try (Browser browser = Browser.phone(port, "en")) {
			assertThat(browser.open("/login").script("return window.innerWidth")).isEqualTo(360L);
			signIn(browser);
			browser.open("/schedule");
			new Select(browser.find("#serviceType")).selectByVisibleText("Boiler service");
			browser.click("Show free times");
			assertNoSidewaysScrolling(browser);
			browser.assertAccessible().screenshot("booking-mobile");
			String chosenTime = chosenTimeLabel(browser);
			browser.click("Book");
			assertThat(browser.text("main")).contains("Your visit is booked", chosenTime);
			assertNoSidewaysScrolling(browser);
			browser.click("My bookings");
			assertNoSidewaysScrolling(browser);
			browser.open("/profile").assertAccessible();
			assertNoSidewaysScrolling(browser);

			browser.open("/bookings/FB-NONE0").assertAccessible();
			assertThat(browser.text("h1")).isEqualTo("We could not find that page");
			browser.open("/schedule?account=acc-chicago&serviceType=boiler-service&date=not-a-date").assertAccessible();
			assertThat(browser.text("body")).as("no stack trace or internals on an error page").contains("We could not accept that")
				.doesNotContain("Exception", "org.", "SQL", "not-a-date");
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking WHERE status = 'SCHEDULED'", Integer.class)).isOne();
	}

	@Test
	void inArabicThePortalRunsRightToLeftAndBooksByKeyboardAlone() {
		world.language("ar");
		portalAccounts.open(contacts.contact(world.contactId).orElseThrow(), PortalSignIn.PASSWORD);
		try (Browser browser = Browser.desktop(port, "ar,en")) {
			browser.open("/login");
			assertThat(browser.attribute("html", "dir")).as("signed out: from Accept-Language").isEqualTo("rtl");
			assertThat(browser.attribute("html", "lang")).isEqualTo("ar");
			browser.assertAccessible();

			browser.find("#username").sendKeys(ServiceWorld.CONTACT_EMAIL, Keys.TAB);
			browser.followTo(browser.driver().switchTo().activeElement(), PortalSignIn.PASSWORD, Keys.ENTER);
			assertThat(browser.path()).isEqualTo("/");
			assertThat(browser.attribute("html", "dir")).as("signed in: the customer's language").isEqualTo("rtl");
			assertThat(browser.script("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
			browser.assertAccessible();

			browser.open("/profile").type("#phone", "312 555");
			browser.click("حفظ");
			assertThat(browser.attribute("#phone", "aria-invalid")).isEqualTo("true");
			browser.assertAccessible();
			browser.open("/");

			WebElement selfScheduling = tabTo(browser, "a[href='/schedule']");
			assertThat(browser.script("const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineColor"))
				.as("the focused header link shows a white outline on the coloured header").isEqualTo("solid rgb(255, 255, 255)");
			browser.followTo(selfScheduling, Keys.ENTER);
			tabTo(browser, "#serviceType").sendKeys(Keys.ARROW_DOWN);
			browser.followTo(tabTo(browser, "form.choices button"), Keys.ENTER);
			browser.assertAccessible().screenshot("booking-arabic");
			assertThat(browser.all("input[name=slot]")).hasSizeGreaterThan(1);
			tabTo(browser, "input[name=slot]:checked").sendKeys(Keys.ARROW_DOWN);
			assertThat(browser.all("input[name=slot]").get(1).isSelected()).as("the arrow key moved to the next time").isTrue();
			String chosenTime = chosenTimeLabel(browser);
			browser.followTo(tabTo(browser, "main form[method=post] button[type=submit]"), Keys.ENTER);

			assertThat(browser.path()).matches("/bookings/FB-[A-Z0-9]{5}\\?booked");
			assertThat(browser.text("main")).contains(chosenTime);
			assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
			browser.assertAccessible();
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking WHERE status = 'SCHEDULED'", Integer.class)).isOne();
	}

	@Test
	void aForgottenPasswordIsReplacedThroughTheEmailedLinkAndTheNewOneSignsIn() throws Exception {
		portalAccounts.open(contacts.contact(world.contactId).orElseThrow(), PortalSignIn.PASSWORD);
		String newPassword = "a brand new sentence to sign in";
		try (Browser browser = Browser.desktop(port, "en")) {
			browser.open("/login").click("Forgot your password?").assertAccessible();
			browser.type("#email", ServiceWorld.CONTACT_EMAIL);
			browser.followTo(browser.find("main form button[type=submit]"));
			assertThat(browser.path()).isEqualTo("/password-reset?sent");
			Jobs.runDue(management);

			browser.open(linkIn(onlyEmailTo(ServiceWorld.CONTACT_EMAIL))).assertAccessible();
			browser.type("#password", newPassword).type("#confirmation", newPassword);
			browser.followTo(browser.find("main form button[type=submit]"));
			assertThat(browser.path()).isEqualTo("/login?passwordChanged");

			browser.type("#username", ServiceWorld.CONTACT_EMAIL).type("#password", newPassword).click("Sign in");
			assertThat(browser.path()).isEqualTo("/");
			assertThat(browser.all(".site-nav")).as("signed in").hasSize(1);
		}
	}

	@Test
	void everyPageACustomerCanReachWithoutSigningInPassesAxeInEnglishAndHebrew() {
		List<String> pages = List.of("/", "/login", "/invitation", "/invitation/not-a-real-code-at-all-x", "/password-reset",
				"/password-reset?sent", "/password-reset/not-a-real-token-at-all", "/b/not-a-real-code-at-all-xx");
		for (String language : List.of("en", "he")) {
			String visitor = "en".equals(language) ? "198.51.100.11" : "198.51.100.12";
			try (Browser browser = Browser.desktop(port, language).forwardedFor(visitor)) {
				for (String page : pages) {
					browser.open(page).assertAccessible();
					assertThat(browser.attribute("html", "lang")).as(page).isEqualTo(language);
				}
			}
		}
	}

	@Test
	void afterTenWrongLinkCodesTheVisitorIsAskedToTryAgainLater() {
		try (Browser browser = Browser.desktop(port, "en").forwardedFor("198.51.100.71")) {
			for (int attempt = 1; attempt <= 10; attempt++) {
				browser.open("/b/wrong-code-number-" + attempt + "-xxxxxx");
				assertThat(browser.text("h1")).isEqualTo("This link no longer works");
			}
			browser.open("/b/wrong-code-number-11-xxxxxx").assertAccessible();
			assertThat(browser.text("main")).contains("try again later");
		}
		try (Browser someoneElse = Browser.desktop(port, "en").forwardedFor("198.51.100.72")) {
			someoneElse.open("/b/wrong-code-number-12-xxxxxx");
			assertThat(someoneElse.text("h1")).as("another address is not held back").isEqualTo("This link no longer works");
		}
	}

	@Test
	void theAccessibilityCheckFindsAFormFieldWithoutALabel() {
		try (Browser browser = Browser.desktop(port, "en")) {
			browser.open("/login").assertAccessible();
			browser.script("document.querySelector('label[for=username]').remove()");
			assertThatThrownBy(browser::assertAccessible).isInstanceOf(AssertionError.class).hasMessageContaining("label");
		}
	}

	/** The label of the time the form preselects, as "08:00–09:30". */
	private static String chosenTimeLabel(Browser browser) {
		return browser.find("input[name=slot]:checked").findElement(By.xpath("..")).getText().trim();
	}

	private static void signIn(Browser browser) {
		browser.open("/login").type("#username", ServiceWorld.CONTACT_EMAIL).type("#password", PortalSignIn.PASSWORD);
		browser.click("Sign in");
		assertThat(browser.path()).isEqualTo("/");
	}

	private static void assertNoSidewaysScrolling(Browser browser) {
		assertThat((Long) browser.script("return document.documentElement.scrollWidth")).as("page width on %s", browser.path())
			.isLessThanOrEqualTo(360L);
	}

	/** Presses Tab until the element matching css has the focus; fails if the keyboard never reaches it. */
	private static WebElement tabTo(Browser browser, String css) {
		WebElement target = browser.find(css);
		for (int presses = 0; presses < 60; presses++) {
			WebElement focused = browser.driver().switchTo().activeElement();
			if (focused.equals(target)) {
				return focused;
			}
			focused.sendKeys(Keys.TAB);
		}
		throw new AssertionError("Tab never reaches " + css + " on " + browser.path());
	}

	private MimeMessage onlyEmailTo(String address, String... subjectParts) throws Exception {
		List<MimeMessage> matching = Arrays.stream(smtp.getReceivedMessages())
			.filter(message -> to(message, address))
			.filter(message -> Arrays.stream(subjectParts).allMatch(part -> subject(message).contains(part)))
			.toList();
		assertThat(matching).as("emails to %s about %s", address, Arrays.toString(subjectParts)).hasSize(1);
		return matching.get(0);
	}

	private static String linkIn(MimeMessage email) throws Exception {
		Matcher link = LINK_PATH.matcher(Mailbox.part(email, "text/plain"));
		assertThat(link.find()).as("a portal link in the email").isTrue();
		return link.group(1);
	}

	private static boolean to(MimeMessage message, String address) {
		try {
			return message.getAllRecipients()[0].toString().equals(address);
		}
		catch (Exception unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}

}
