package org.fieldbook.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.ManagementService;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.masterdata.MasterDataImporter;
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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every back-office screen in a real browser, in English and in Arabic (right to left): axe-core finds no
 * violation of any impact, each page has exactly one heading of level 1, and every visible form field has a label.
 * Swagger UI shows the operations of {@code /api/v1} without breaking its Content-Security-Policy.
 */
@Tag("browser")
@FieldbookIntegrationTest
class BackOfficeAccessibilityBrowserTest {

	private static final String ASSETS = """
			{"accounts":[{"id":"acc-assets","name":"Asset household","active":true,"timeZone":"America/Chicago","territory":"chicago",
			              "address":{"line1":"3 Lake St","city":"Chicago","postalCode":"60601","country":"US","lat":41.89,"lon":-87.62},
			              "assets":[{"id":"as-boiler","name":"Basement boiler","functionalLocation":{"name":"Basement",
			                         "address":{"line1":"3 Lake St","city":"Chicago","postalCode":"60601","country":"US","lat":41.89,"lon":-87.62}}}]}]}
			""";

	/** Form fields without a label of any kind (a label element, aria-label or aria-labelledby), as CSS-like names. */
	private static final String UNLABELLED_FIELDS = """
			return Array.from(document.querySelectorAll('input, select, textarea'))
			  .filter(f => !['hidden', 'submit', 'button', 'reset', 'image'].includes(f.type))
			  .filter(f => f.labels.length === 0 && !f.getAttribute('aria-label') && !f.getAttribute('aria-labelledby'))
			  .map(f => f.tagName.toLowerCase() + (f.id ? '#' + f.id : '') + (f.name ? '[name=' + f.name + ']' : ''));
			""";

	/** Runs before any script of a page: keeps every Content-Security-Policy violation the page causes. */
	private static final String RECORD_CSP_VIOLATIONS = """
			window.cspViolations = [];
			document.addEventListener('securitypolicyviolation',
			  e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
			""";

	/** The moderate and minor violations, which {@link Browser#assertAccessible()} lets pass; axe is loaded by then. */
	private static final String LESSER_VIOLATIONS = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] })
			  .then(result => done(result.violations
			    .filter(v => v.impact !== 'serious' && v.impact !== 'critical')
			    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
			  .catch(error => done(['axe failed: ' + error]));
			""";

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@LocalServerPort
	int port;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	MasterDataImporter importer;

	@Autowired
	ManagementService management;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Autowired
	JdbcTemplate jdbc;

	BookedVisit visit;

	@BeforeEach
	void aCompanyWithABookingItsMessagesAndAnAsset() {
		ServiceWorld world = worlds.create();
		importer.importJson(new ByteArrayInputStream(ASSETS.getBytes(StandardCharsets.UTF_8)));
		visit = bookings.book(world.booking(slots.search(ServiceWorld.query()).days().get(2).slots().get(0), null));
		Jobs.runDue(management);
	}

	@Test
	void everyBackOfficePageIsAccessibleInEnglishAndInArabic() {
		try (Browser browser = Browser.desktop(port, "en")) {
			browser.open("/admin/login").type("#username", "admin").type("#password", "admin");
			browser.followTo(browser.find("form button[type=submit]"));
			assertThat(browser.path()).isEqualTo("/admin");
			for (String language : List.of("en", "ar")) {
				browser.open("/admin?lang=" + language);
				assertThat(browser.attribute("html", "dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
				List<String> pages = new ArrayList<>(List.of("/admin", "/admin/settings/general", "/admin/settings/display",
						"/admin/settings/self-scheduling", "/admin/service-types", "/admin/service-types/" + ServiceWorld.SERVICE_TYPE,
						"/admin/notifications", "/admin/links", "/admin/invitations", "/admin/audit", "/admin/master-data",
						"/admin/master-data/accounts", "/admin/master-data/accounts/new", "/admin/master-data/contacts",
						"/admin/master-data/contacts/new", "/admin/master-data/assets", "/admin/master-data/assets/new",
						"/admin/master-data/functional-locations", "/admin/master-data/import",
						"/admin/master-data/technicians", "/admin/master-data/technicians/new",
						"/admin/master-data/territories", "/admin/master-data/territories/new", "/admin/master-data/skills",
						"/admin/master-data/skills/new", "/admin/dispatch?territory=chicago",
						"/admin/dispatch/technicians/" + ServiceWorld.TECHNICIAN, "/admin/bookings/" + visit.reference()));
				pages.add("/admin/notifications/" + jdbc.queryForObject(
						"SELECT min(id) FROM notification WHERE type = 'BOOKING_CONFIRMED'", Long.class));
				for (String list : List.of("/admin/links?reference=" + visit.reference(), "/admin/master-data/accounts",
						"/admin/master-data/contacts", "/admin/master-data/assets", "/admin/master-data/technicians",
						"/admin/master-data/territories", "/admin/master-data/skills")) {
					pages.add(firstRowOf(browser, list));
				}
				for (String page : pages) {
					assertAccessible(browser, page, language);
				}
			}
		}
	}

	@Test
	void swaggerUiShowsTheOperationsUnderItsContentSecurityPolicy() {
		try (Browser browser = Browser.desktop(port, "en")) {
			browser.open("/admin/login").type("#username", "admin").type("#password", "admin");
			browser.followTo(browser.find("form button[type=submit]"));
			browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
			browser.open("/swagger-ui.html");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
			assertThat(browser.text("body")).contains("/api/v1/settings");
			assertThat(browser.script("return window.cspViolations")).as("CSP violations").asList().isEmpty();
		}
	}

	/** The path of the first row's link in a list, e.g. an account's edit page. */
	private static String firstRowOf(Browser browser, String list) {
		browser.open(list);
		String href = browser.find("table tbody a").getDomAttribute("href");
		assertThat(href).as("a row's link on %s", list).startsWith("/admin/");
		return href;
	}

	private static void assertAccessible(Browser browser, String page, String language) {
		browser.open(page);
		assertThat(browser.path()).as("%s opens, not a redirect", page).isEqualTo(page);
		assertThat(browser.attribute("html", "lang")).as("language of %s", page).startsWith(language);
		assertThat(browser.all("h1")).as("headings of level 1 on %s (%s)", page, language).hasSize(1);
		assertThat(browser.script(UNLABELLED_FIELDS)).as("unlabelled fields on %s (%s)", page, language)
			.asList().isEmpty();
		browser.assertAccessible();
		assertThat(browser.driver().executeAsyncScript(LESSER_VIOLATIONS)).as("moderate and minor axe violations on %s (%s)", page, language)
			.asList().isEmpty();
	}

}
