package org.fieldbook.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.fieldbook.booking.UnmetDemand;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.RemoteAddress;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal's searches are recorded and reported as unmet demand: 20 days ago nobody had gas at level 6, 3 days
 * ago the world was fully booked (searched twice within the hour: one search) and two hours later a time was found.
 */
@FieldbookIntegrationTest
class UnmetDemandTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

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

	@Autowired
	TestClock clock;

	@Autowired
	UnmetDemand demand;

	ServiceWorld world;

	MockHttpSession sam;

	Instant now;

	LocalDate fullyBookedUntil;

	@BeforeEach
	void searchedThreeAndTwentyDaysAgo() throws Exception {
		world = worlds.create();
		sam = PortalSignIn.asNewCustomer(mvc, portalAccounts, contacts, world.contactId, ServiceWorld.CONTACT_EMAIL);
		now = clock.instant();

		clock.set(now.minus(Duration.ofDays(20)));
		jdbc.update("UPDATE service_type_skill SET min_proficiency = 6");
		search().andExpect(content().string(not(containsString("name=\"slot\""))));

		clock.set(now.minus(Duration.ofDays(3)));
		jdbc.update("UPDATE service_type_skill SET min_proficiency = 1");
		jdbc.update("UPDATE service_type SET duration_minutes = 720");
		search().andExpect(content().string(not(containsString("name=\"slot\""))));
		search().andExpect(content().string(not(containsString("name=\"slot\""))));
		fullyBookedUntil = LocalDate.ofInstant(clock.instant(), CHICAGO).plusDays(30);

		clock.set(now.minus(Duration.ofDays(3)).plus(Duration.ofHours(2)));
		jdbc.update("UPDATE service_type SET duration_minutes = 90");
		search().andExpect(content().string(containsString("name=\"slot\"")));
		clock.set(now);
	}

	@Test
	void theLastSevenDaysHaveTheFullyBookedSearchOfTwo() {
		assertThat(demand.since(now.minus(Duration.ofDays(7)))).containsExactly(new UnmetDemand.Group(
				ServiceWorld.SERVICE_TYPE, "Boiler service", "chicago", "FULLY_BOOKED", null, 0, 1, 2, fullyBookedUntil));
	}

	@Test
	void theLastThirtyDaysAlsoHaveTheMissingSkillLevelOutOfThreeSearches() {
		assertThat(demand.since(now.minus(Duration.ofDays(30)))).containsExactly(
				new UnmetDemand.Group(ServiceWorld.SERVICE_TYPE, "Boiler service", "chicago", "FULLY_BOOKED", null, 0, 1, 3,
						fullyBookedUntil),
				new UnmetDemand.Group(ServiceWorld.SERVICE_TYPE, "Boiler service", "chicago", "NO_SKILL", "gas", 6, 1, 3, null));
	}

	@Test
	void theOverviewSaysItInWords() throws Exception {
		String until = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH).format(fullyBookedUntil);
		String page = mvc.perform(get("/admin").with(user("dora").roles("STAFF", "DISPATCHER")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Unmet demand", "Last 7 days", "Last 30 days",
				"1 of 2 searches for Boiler service in Chicago found nothing: fully booked until " + until,
				"1 of 3 searches for Boiler service in Chicago found nothing: fully booked until " + until,
				"1 of 3 searches for Boiler service in Chicago found nothing: no technician has Gas appliances at level ≥ 6");
		assertThat(page).doesNotContain("of 2 searches for Boiler service in Chicago found nothing: no technician");

		mvc.perform(get("/admin").header("Accept-Language", "de").with(user("dora").roles("STAFF", "DISPATCHER")))
			.andExpect(content().string(containsString("1 von 3 Suchen nach Boiler service in Chicago fanden nichts: "
					+ "kein Techniker hat Gas appliances auf Stufe ≥ 6")))
			.andExpect(content().string(containsString("ausgebucht bis "
					+ DateTimeFormatter.ofPattern("d MMMM", Locale.GERMAN).format(fullyBookedUntil))));
	}

	@Test
	void theApiAnswersTheSameGroupsToStaff() throws Exception {
		mvc.perform(get("/api/v1/unmet-demand").param("days", "30").with(user("dora").roles("STAFF", "DISPATCHER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days").value(30))
			.andExpect(jsonPath("$.groups.length()").value(2))
			.andExpect(jsonPath("$.groups[0].reason").value("FULLY_BOOKED"))
			.andExpect(jsonPath("$.groups[0].fullyBookedUntil").value(fullyBookedUntil.toString()))
			.andExpect(jsonPath("$.groups[1].reason").value("NO_SKILL"))
			.andExpect(jsonPath("$.groups[1].subject").value("gas"))
			.andExpect(jsonPath("$.groups[1].level").value(6))
			.andExpect(jsonPath("$.groups[1].unmet").value(1))
			.andExpect(jsonPath("$.groups[1].searches").value(3))
			.andExpect(jsonPath("$.groups[1].territory").value("chicago"));
		mvc.perform(get("/api/v1/unmet-demand").param("days", "7").with(httpBasic("admin", "admin"))
			.with(RemoteAddress.from("10.13.8.1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.groups.length()").value(1))
			.andExpect(jsonPath("$.groups[0].searches").value(2));
	}

	@Test
	void aBadNumberOfDaysIsAProblem() throws Exception {
		mvc.perform(get("/api/v1/unmet-demand").param("days", "9").with(user("dora").roles("STAFF")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("days must be 7 or 30"));
	}

	@Test
	void customersGetNothingFromTheApi() throws Exception {
		mvc.perform(get("/api/v1/unmet-demand").with(httpBasic(ServiceWorld.CONTACT_EMAIL, PortalSignIn.PASSWORD))
			.with(RemoteAddress.from("10.13.8.2")))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/unmet-demand").with(user(ServiceWorld.CONTACT_EMAIL).roles("CUSTOMER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/unmet-demand").session(sam)).andExpect(status().isUnauthorized());
	}

	@Test
	void aSearchWhoseOutcomeCannotBeRecordedStillAnswersTheCustomer() throws Exception {
		clock.set(now.plus(Duration.ofHours(1)));
		jdbc.execute("ALTER TABLE slot_search_outcome RENAME TO slot_search_outcome_away");
		try {
			search().andExpect(content().string(containsString("name=\"slot\"")));
		}
		finally {
			jdbc.execute("ALTER TABLE slot_search_outcome_away RENAME TO slot_search_outcome");
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM slot_search_outcome", Long.class)).isEqualTo(3);
	}

	private org.springframework.test.web.servlet.ResultActions search() throws Exception {
		return mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).session(sam))
			.andExpect(status().isOk());
	}

}
