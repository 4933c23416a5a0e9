package org.fieldbook.backoffice.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.fieldbook.backoffice.audit.AuditFilter;
import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Admins list, create, edit and deactivate territories and skills, on the screens and by the API, each audited. */
@FieldbookIntegrationTest
class TerritoryAndSkillAdministrationTest {

	/** Each test is its own admin, so that it reads only its own audit entries. */
	private final String admin = "ada-" + UUID.randomUUID().toString().substring(0, 8);

	private final RequestPostProcessor asAdmin = user(admin).roles("STAFF", "ADMIN");

	private static final RequestPostProcessor DISPATCHER = user("dora").roles("STAFF", "DISPATCHER");

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	long chicago;

	long gas;

	long ana;

	@BeforeEach
	void world() {
		worlds.create();
		chicago = jdbc.queryForObject("SELECT id FROM territory WHERE external_id = 'chicago'", Long.class);
		gas = jdbc.queryForObject("SELECT id FROM skill WHERE external_id = 'gas'", Long.class);
		ana = jdbc.queryForObject("SELECT id FROM technician WHERE external_id = ?", Long.class, ServiceWorld.TECHNICIAN);
	}

	@Test
	void territoriesAreSearchedCreatedAndEditedWithTheirTimeZone() throws Exception {
		mvc.perform(get("/admin/master-data/territories").param("q", "chic").with(asAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chicago")));
		mvc.perform(post("/admin/master-data/territories").with(asAdmin).with(csrf()).param("externalId", "north")
			.param("name", "North shore").param("timeZone", "America/Chicago").param("active", "true"))
			.andExpect(redirectedUrlPattern("/admin/master-data/territories/*?saved"));
		long north = jdbc.queryForObject("SELECT id FROM territory WHERE external_id = 'north'", Long.class);
		mvc.perform(post("/admin/master-data/territories/" + north).with(asAdmin).with(csrf()).param("name", "North Shore")
			.param("timeZone", "Europe/Atlantis").param("active", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a time zone from the list.")));
		mvc.perform(post("/admin/master-data/territories").with(asAdmin).with(csrf()).param("externalId", "north")
			.param("name", "Again").param("timeZone", "UTC"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another record already has this external id.")));
		mvc.perform(patch("/api/v1/territories/" + north).with(asAdmin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"timeZone\":\"America/New_York\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeZone").value("America/New_York"))
			.andExpect(jsonPath("$.name").value("North shore"));

		assertThat(audit.find(new AuditFilter(admin, "territory.changed", "north", null, null, null), 1).items())
			.singleElement()
			.satisfies(entry -> assertThat(entry.details()).isEqualTo("timeZone: America/Chicago → America/New_York"));
		assertThat(audit.find(new AuditFilter(admin, "territory.created", "north", null, null, null), 1).total()).isEqualTo(1);
	}

	@Test
	void anImportedTerritoryHasNoZoneUntilAnAdminSetsIt() throws Exception {
		mvc.perform(get("/api/v1/territories/" + chicago).with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.technicians").value(1))
			.andExpect(jsonPath("$.timeZone").doesNotExist());
		mvc.perform(get("/admin/master-data/territories").with(asAdmin)).andExpect(content().string(containsString(">not set<")));
	}

	@Test
	void aDeactivatedSkillIsKeptButNotGivenAnew() throws Exception {
		mvc.perform(post("/api/v1/skills").with(asAdmin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"externalId\":\"solar\",\"name\":\"Solar panels\"}"))
			.andExpect(status().isCreated());
		long solar = jdbc.queryForObject("SELECT id FROM skill WHERE external_id = 'solar'", Long.class);
		mvc.perform(post("/admin/master-data/skills/" + solar + "/deactivate").with(asAdmin).with(csrf()))
			.andExpect(redirectedUrlPattern("/admin/master-data/skills/*?deactivated"));
		mvc.perform(post("/api/v1/skills/" + gas + "/deactivate").with(asAdmin)).andExpect(jsonPath("$.active").value(false));

		mvc.perform(patch("/api/v1/technicians/" + ana).with(asAdmin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"skills\":[{\"skill\":%d,\"level\":6},{\"skill\":%d,\"level\":2}]}".formatted(gas, solar)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasItem("skills[1].skill: Choose an active skill from the list.")));
		mvc.perform(patch("/api/v1/technicians/" + ana).with(asAdmin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"skills\":[{\"skill\":%d,\"level\":6}]}".formatted(gas)))
			.andExpect(status().isOk());
		mvc.perform(get("/admin/master-data/skills").param("active", "false").with(asAdmin))
			.andExpect(content().string(containsString("Solar panels")))
			.andExpect(content().string(containsString("Gas appliances")));
		mvc.perform(get("/admin/master-data/skills").param("active", "true").with(asAdmin))
			.andExpect(content().string(not(containsString("Solar panels"))));
		assertThat(audit.find(new AuditFilter(admin, "skill.deactivated", "solar", null, null, null), 1).items())
			.singleElement()
			.satisfies(entry -> assertThat(entry.details()).isEqualTo("active: true → false"));
	}

	@Test
	void skillsAndTerritoriesNameTheRefusedField() throws Exception {
		mvc.perform(post("/api/v1/skills").with(asAdmin).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasItem("externalId: Enter a value.")));
		mvc.perform(post("/admin/master-data/skills").with(asAdmin).with(csrf()).param("externalId", "s1").param("name", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a value.")));
		mvc.perform(patch("/api/v1/territories/999999999").with(asAdmin).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/master-data/skills/999999999").with(asAdmin)).andExpect(status().isNotFound());
	}

	@Test
	void dispatchersOpenNoPageAndChangeNothing() throws Exception {
		for (String page : new String[] { "/admin/master-data/territories", "/admin/master-data/skills",
				"/admin/master-data/skills/new", "/admin/master-data/territories/" + chicago }) {
			mvc.perform(get(page).with(DISPATCHER)).andExpect(status().isForbidden());
			mvc.perform(get(page)).andExpect(status().is3xxRedirection());
			mvc.perform(get(page).with(user("sam@example.com").roles("CUSTOMER"))).andExpect(status().isForbidden());
		}
		mvc.perform(post("/admin/master-data/skills/" + gas).with(DISPATCHER).with(csrf()).param("name", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/skills").with(DISPATCHER)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/territories").with(user("olga").roles("STAFF"))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/skills").with(DISPATCHER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"externalId\":\"x\",\"name\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/territories/" + chicago + "/deactivate").with(DISPATCHER)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/skills")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/skills").with(user("sam@example.com").roles("CUSTOMER"))).andExpect(status().isForbidden());
	}

}
