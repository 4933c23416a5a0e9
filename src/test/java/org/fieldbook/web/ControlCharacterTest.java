package org.fieldbook.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.support.RemoteAddress.from;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A control character in a form field, a query or a path is refused with 400 before sign-in, controllers or the
 * database read it, and nothing is written; tab and line breaks pass, and so do directional formatting characters,
 * which are shown isolated.
 */
@FieldbookIntegrationTest
class ControlCharacterTest {

	private static final Pattern FIRST_TIME = Pattern.compile("name=\"slot\" value=\"([^\"]+)\"");

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

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	MockHttpSession sam;

	String slot;

	@BeforeEach
	void signedIn() throws Exception {
		ServiceWorld world = worlds.create();
		sam = PortalSignIn.asNewCustomer(mvc, portalAccounts, contacts, world.contactId, ServiceWorld.CONTACT_EMAIL);
		Matcher first = FIRST_TIME.matcher(mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).session(sam))
			.andReturn().getResponse().getContentAsString());
		assertThat(first.find()).isTrue();
		slot = first.group(1);
	}

	@Test
	void aNulInAFormOrQueryOfThePortalOrTheBackOfficeIsRefusedAndNothingIsWritten() throws Exception {
		Map<String, Long> before = rowCounts();

		mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", ServiceWorld.ACCOUNT)
			.param("serviceType", ServiceWorld.SERVICE_TYPE).param("slot", slot).param("details", "gate\u0000code"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", ServiceWorld.ACCOUNT).param("asset", "\u0000")
			.param("serviceType", ServiceWorld.SERVICE_TYPE + "\u0000").param("slot", slot)).andExpect(status().isBadRequest());
		mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE + "\u0000").session(sam))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/profile").session(sam).with(csrf()).param("firstName", "Sam\u0000").param("lastName", "Lee\u001b")
			.param("language", "en")).andExpect(status().isBadRequest());
		mvc.perform(post("/password-reset").with(from("10.12.0.1")).with(csrf()).param("email", "sam\u0000@example.com"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/admin/links").param("reference", "FB-\u0000").with(user("dora").roles("STAFF", "DISPATCHER")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/b/{code}", "abc\u0000def").with(from("10.12.0.2"))).andExpect(status().isBadRequest());

		assertThat(rowCounts()).isEqualTo(before);
		assertThat(contacts.contact(worldContact()).orElseThrow().firstName()).isEqualTo("Sam");
	}

	@Test
	void tabsAndLineBreaksInATextPass() throws Exception {
		mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", ServiceWorld.ACCOUNT)
			.param("serviceType", ServiceWorld.SERVICE_TYPE).param("slot", slot).param("details", "gate\tcode\r\nsecond line"))
			.andExpect(redirectedUrlPattern("/bookings/FB-*?booked"));

		assertThat(jdbc.queryForObject("SELECT body FROM work_order_note", String.class)).isEqualTo("gate\tcode\nsecond line");
	}

	@Test
	void aRightToLeftOverrideIsKeptAndShownIsolatedFromTheWordsAfterIt() throws Exception {
		mvc.perform(post("/profile").session(sam).with(csrf()).param("firstName", "\u202EmaS").param("lastName", "Lee")
			.param("language", "en")).andExpect(redirectedUrl("/schedule?profileSaved"));

		assertThat(contacts.contact(worldContact()).orElseThrow().firstName()).isEqualTo("\u202EmaS");
		mvc.perform(get("/profile").param("welcome", "").session(sam))
			.andExpect(content().string(containsString("Welcome, \u2068\u202EmaS\u2069. Your account is ready.")));
	}

	@Test
	void pagesAnswerWithAFriendlyPageInTheVisitorsLanguageAndTheApiWithAProblem() throws Exception {
		HttpResponse<String> portal = send(page("/invitation?code=abc%00def").header("Accept-Language", "es"));
		HttpResponse<String> backOffice = send(page("/admin/links?reference=FB-%07").header("Accept-Language", "de"));
		HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/slot-search?serviceType=%00")).header("Authorization",
				"Basic YWRtaW46YWRtaW4=").POST(HttpRequest.BodyPublishers.noBody()));

		assertThat(portal.statusCode()).isEqualTo(400);
		assertThat(portal.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(portal.body()).contains("lang=\"es\"", "No hemos podido aceptar eso", "Ir a la página de inicio", "href=\"/?lang=fr\"")
			.doesNotContain("Exception");
		assertThat(backOffice.statusCode()).isEqualTo(400);
		assertThat(backOffice.body()).contains("Das konnten wir nicht annehmen", "href=\"/admin\"", "href=\"/admin?lang=en\"");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(api.body()).contains("\"status\":400", "Parameter \\\"serviceType\\\" contains a control character (U+0000)");
	}

	private long worldContact() {
		return contacts.contactByExternalId(ServiceWorld.CONTACT).orElseThrow().id();
	}

	/** Asked for as a browser does. */
	private HttpRequest.Builder page(String pathAndQuery) {
		return HttpRequest.newBuilder(uri(pathAndQuery)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
	}

	private URI uri(String pathAndQuery) {
		return URI.create("http://localhost:" + port + pathAndQuery);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private Map<String, Long> rowCounts() {
		return Map.copyOf(List.of("booking", "work_order", "work_order_note", "password_reset", "notification")
			.stream()
			.collect(java.util.stream.Collectors.toMap(table -> table,
					table -> jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class))));
	}

}
