package org.fieldbook.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** Self-scheduling through the portal's pages: free times on the account's clock, Book, a taken slot, someone else's account. */
@FieldbookIntegrationTest
class SchedulePageTest {

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

	ServiceWorld world;

	MockHttpSession sam;

	@BeforeEach
	void signedIn() throws Exception {
		world = worlds.create();
		sam = PortalSignIn.asNewCustomer(mvc, portalAccounts, contacts, world.contactId, ServiceWorld.CONTACT_EMAIL);
	}

	@Test
	void aCustomerPicksAFreeTimeAndBooksItWithDetails() throws Exception {
		String page = mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).session(sam))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("times in Central Time")))
			.andExpect(content().string(containsString("Boiler service")))
			.andExpect(content().string(containsString("serviceType=boiler-service&amp;date=20")))
			.andReturn().getResponse().getContentAsString();
		String slot = firstTime(page);

		String booked = mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", ServiceWorld.ACCOUNT)
			.param("serviceType", ServiceWorld.SERVICE_TYPE).param("slot", slot).param("details", "<b>Gate code 1234</b>"))
			.andExpect(redirectedUrlPattern("/bookings/FB-*?booked")).andReturn().getResponse().getRedirectedUrl();

		assertThat(jdbc.queryForObject("SELECT body FROM work_order_note", String.class)).isEqualTo("<b>Gate code 1234</b>");
		mvc.perform(get(booked).session(sam)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Your visit is booked")));

		mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", ServiceWorld.ACCOUNT)
			.param("serviceType", ServiceWorld.SERVICE_TYPE).param("slot", slot))
			.andExpect(redirectedUrl("/schedule?account=" + ServiceWorld.ACCOUNT + "&serviceType=" + ServiceWorld.SERVICE_TYPE + "&taken"));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking", Integer.class)).isEqualTo(1);
		mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).param("taken", "").session(sam))
			.andExpect(content().string(containsString("Here are the times that are free now")));
	}

	@Test
	void detailsAreCountedAsTheBrowserCountsThemWithEachLineBreakOneCharacter() throws Exception {
		String slot = firstTime(mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).session(sam))
			.andReturn().getResponse().getContentAsString());
		String typed = "line\r\n".repeat(390) + "end";

		mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", ServiceWorld.ACCOUNT)
			.param("serviceType", ServiceWorld.SERVICE_TYPE).param("slot", slot).param("details", typed))
			.andExpect(redirectedUrlPattern("/bookings/FB-*?booked"));

		assertThat(typed.length()).as("sent").isGreaterThan(ScheduleController.MAX_DETAILS);
		assertThat(jdbc.queryForObject("SELECT body FROM work_order_note", String.class)).isEqualTo("line\n".repeat(390) + "end");
	}

	@Test
	void tooLongDetailsAndAnotherAccountBookNothing() throws Exception {
		String slot = firstTime(mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).session(sam))
			.andReturn().getResponse().getContentAsString());
		jdbc.update("""
				INSERT INTO account (external_id, name, time_zone, address_line1, address_city, address_postal_code, address_country,
				                     address_lat, address_lon)
				VALUES ('acc-other', 'Other household', 'America/Chicago', '9 Elm St', 'Chicago', '60602', 'US', 41.87, -87.62)""");

		mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", ServiceWorld.ACCOUNT)
			.param("serviceType", ServiceWorld.SERVICE_TYPE).param("slot", slot).param("details", "x".repeat(1_990) + "<b>too long"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("id=\"details-error\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("x".repeat(1_990) + "&lt;b&gt;too long</textarea>")));
		mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", ServiceWorld.ACCOUNT)
			.param("serviceType", ServiceWorld.SERVICE_TYPE).param("slot", "tomorrow|tech-ana").param("details", "gate code 4711"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("Please choose a time.")))
			.andExpect(content().string(containsString("gate code 4711</textarea>")));
		mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", "acc-other")
			.param("serviceType", ServiceWorld.SERVICE_TYPE).param("slot", slot)).andExpect(status().isNotFound());
		mvc.perform(get("/schedule").param("account", "acc-other").param("serviceType", ServiceWorld.SERVICE_TYPE).session(sam))
			.andExpect(status().isNotFound());
		mvc.perform(post("/schedule").param("account", ServiceWorld.ACCOUNT).param("serviceType", ServiceWorld.SERVICE_TYPE)
			.param("slot", slot).session(sam)).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking", Integer.class)).isZero();
	}

	@Test
	void aServiceTypeHiddenFromThePortalIsNeitherOfferedNorBookedButStaffStillFindTimesForIt() throws Exception {
		String slot = firstTime(mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).session(sam))
			.andReturn().getResponse().getContentAsString());
		jdbc.update("UPDATE service_type SET on_portal = false");

		mvc.perform(get("/schedule").param("account", ServiceWorld.ACCOUNT).param("serviceType", ServiceWorld.SERVICE_TYPE)
			.session(sam)).andExpect(status().isNotFound());
		mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", ServiceWorld.ACCOUNT)
			.param("serviceType", ServiceWorld.SERVICE_TYPE).param("slot", slot)).andExpect(status().isNotFound());

		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM work_order", Integer.class)).isZero();
		mvc.perform(post("/api/v1/slot-search").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"serviceType\":\"" + ServiceWorld.SERVICE_TYPE + "\",\"account\":\"" + ServiceWorld.ACCOUNT + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days[0].slots[0].technicians[0]").value(ServiceWorld.TECHNICIAN));
	}

	@Test
	void theSameVisitBookedAgainAtThatTimeWithTheOtherTechnicianIsRefusedWithALinkToTheFirst() throws Exception {
		worlds.addSecondTechnician();
		String slot = firstTime(mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).session(sam))
			.andReturn().getResponse().getContentAsString());
		String booked = mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", ServiceWorld.ACCOUNT)
			.param("serviceType", ServiceWorld.SERVICE_TYPE).param("slot", slot))
			.andExpect(redirectedUrlPattern("/bookings/FB-*?booked")).andReturn().getResponse().getRedirectedUrl();
		String first = booked.substring("/bookings/".length(), booked.indexOf('?'));
		String again = firstTime(mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).session(sam))
			.andReturn().getResponse().getContentAsString());
		assertThat(again).as("the same time, with the other technician").isNotEqualTo(slot)
			.startsWith(slot.substring(0, slot.indexOf('|')));

		mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", ServiceWorld.ACCOUNT)
			.param("serviceType", ServiceWorld.SERVICE_TYPE).param("slot", again).param("details", "twice"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("You already have a visit for this service here at that time")))
			.andExpect(content().string(containsString("href=\"/bookings/" + first + "\">Open booking " + first + "</a>")));

		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking", Integer.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM work_order_note", Integer.class)).isZero();
	}

	@Test
	void withNobodyToSendTheCustomerIsToldInPlainWords() throws Exception {
		jdbc.update("UPDATE technician SET active = false");

		mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).session(sam))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We cannot offer this service online at this address")));
	}

	@Test
	void theCustomerPicksOneOfTheAccountsAppliancesWhoseLocationIsWhereTheTechnicianGoes() throws Exception {
		long plantRoom = jdbc.queryForObject("""
				INSERT INTO functional_location (name, address_line1, address_city, address_postal_code, address_country,
				                                 address_lat, address_lon)
				VALUES ('Plant room', '7 Harbor Rd', 'Chicago', '60611', 'US', 41.89, -87.61) RETURNING id""", Long.class);
		jdbc.update("INSERT INTO customer_asset (external_id, account_id, name, functional_location_id) VALUES ('boiler-1', ?, 'Gas boiler', ?)",
				world.accountId, plantRoom);
		long other = jdbc.queryForObject("""
				INSERT INTO account (external_id, name, time_zone, address_line1, address_city, address_postal_code, address_country,
				                     address_lat, address_lon)
				VALUES ('acc-other', 'Other household', 'America/Chicago', '9 Elm St', 'Chicago', '60602', 'US', 41.87, -87.62)
				RETURNING id""", Long.class);
		jdbc.update("INSERT INTO customer_asset (external_id, account_id, name) VALUES ('boiler-foreign', ?, 'Their boiler')", other);

		String page = mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).param("asset", "boiler-1").session(sam))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gas boiler — 7 Harbor Rd, 60611 Chicago")))
			.andExpect(content().string(not(containsString("Their boiler"))))
			.andReturn().getResponse().getContentAsString();
		String slot = firstTime(page);

		mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).param("asset", "boiler-foreign").session(sam))
			.andExpect(status().isNotFound());
		mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", ServiceWorld.ACCOUNT).param("asset", "boiler-foreign")
			.param("serviceType", ServiceWorld.SERVICE_TYPE).param("slot", slot)).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking", Integer.class)).isZero();

		String booked = mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", ServiceWorld.ACCOUNT)
			.param("asset", "boiler-1").param("serviceType", ServiceWorld.SERVICE_TYPE).param("slot", slot))
			.andExpect(redirectedUrlPattern("/bookings/FB-*?booked")).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(booked).session(sam))
			.andExpect(content().string(containsString("Gas boiler")))
			.andExpect(content().string(containsString("7 Harbor Rd")));

		world.setting("asset_selection_enabled", false);
		mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).session(sam))
			.andExpect(content().string(not(containsString("id=\"asset\""))));
	}

	@Test
	void aContactOfSeveralAccountsFirstChoosesWhereTheVisitIs() throws Exception {
		long other = jdbc.queryForObject("""
				INSERT INTO account (external_id, name, time_zone, territory_id, address_line1, address_city, address_postal_code,
				                     address_country, address_lat, address_lon)
				SELECT 'acc-shop', 'Lee bakery', 'America/Chicago', territory_id, '3 Mill St', 'Chicago', '60603', 'US', 41.88, -87.64
				  FROM account WHERE id = ? RETURNING id""", Long.class, world.accountId);
		jdbc.update("INSERT INTO account_contact (account_id, contact_id) VALUES (?, ?)", other, world.contactId);

		mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).session(sam))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lee household — 1 Lake St, 60601 Chicago")))
			.andExpect(content().string(containsString("Lee bakery — 3 Mill St, 60603 Chicago")))
			.andExpect(content().string(not(containsString("name=\"slot\""))));

		String page = mvc.perform(get("/schedule").param("account", "acc-shop").param("serviceType", ServiceWorld.SERVICE_TYPE).session(sam))
			.andExpect(content().string(containsString("<option value=\"acc-shop\" selected=\"selected\">")))
			.andReturn().getResponse().getContentAsString();
		String booked = mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", "acc-shop")
			.param("serviceType", ServiceWorld.SERVICE_TYPE).param("slot", firstTime(page)))
			.andExpect(redirectedUrlPattern("/bookings/FB-*?booked")).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(booked).session(sam)).andExpect(content().string(containsString("3 Mill St")));
	}

	@Test
	void afterAProblemThePageKeepsTheChosenDateTimeAndDetails() throws Exception {
		String strip = mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).session(sam))
			.andReturn().getResponse().getContentAsString();
		Matcher third = Pattern.compile("date=(\\d{4}-\\d{2}-\\d{2})").matcher(strip);
		for (int i = 0; i < 3; i++) {
			assertThat(third.find()).isTrue();
		}
		String date = third.group(1);
		String page = mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).param("date", date).session(sam))
			.andReturn().getResponse().getContentAsString();
		Matcher times = FIRST_TIME.matcher(page);
		assertThat(times.find() && times.find()).as("two times on that date").isTrue();
		String second = HtmlUtils.htmlUnescape(times.group(1));

		mvc.perform(post("/schedule").session(sam).with(csrf()).param("account", ServiceWorld.ACCOUNT).param("date", date)
			.param("serviceType", ServiceWorld.SERVICE_TYPE).param("slot", second).param("details", "y".repeat(2_001)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("name=\"date\" value=\"" + date + "\"")))
			.andExpect(content().string(containsString("value=\"" + HtmlUtils.htmlEscape(second) + "\" required checked=\"checked\"")))
			.andExpect(content().string(containsString("y".repeat(2_001) + "</textarea>")));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking", Integer.class)).isZero();
	}

	private static String firstTime(String page) {
		Matcher time = FIRST_TIME.matcher(page);
		assertThat(time.find()).as("a free time on the page").isTrue();
		return HtmlUtils.htmlUnescape(time.group(1));
	}

}
