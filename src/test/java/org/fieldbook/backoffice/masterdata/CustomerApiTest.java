package org.fieldbook.backoffice.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.fieldbook.backoffice.audit.AuditFilter;
import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.InvitationVariables;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Accounts, contacts and assets by the API: read by any staff, changed by admins, with problem details. */
@FieldbookIntegrationTest
class CustomerApiTest {

	private static final RequestPostProcessor ADMIN = user("ada").roles("STAFF", "ADMIN");

	private static final RequestPostProcessor DISPATCHER = user("dora").roles("STAFF", "DISPATCHER");

	private static final String ACCOUNT = """
			{"id":"acc-api","name":"Api Diner","timeZone":"America/Chicago",
			 "address":{"line1":"5 Wacker Dr","city":"Chicago","postalCode":"60606","country":"US","lat":41.88,"lon":-87.64}}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	Contacts contacts;

	@Autowired
	AuditTrail audit;

	@Autowired
	RuntimeService runtime;

	ServiceWorld world;

	@BeforeEach
	void world() {
		world = worlds.create();
	}

	@Test
	void staffSearchAndReadAccounts() throws Exception {
		mvc.perform(get("/api/v1/accounts").param("q", "lee").param("active", "true").with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].externalId").value(ServiceWorld.ACCOUNT))
			.andExpect(jsonPath("$.items[0].address.city").value("Chicago"));
		mvc.perform(get("/api/v1/accounts/" + world.accountId).with(DISPATCHER))
			.andExpect(jsonPath("$.name").value("Lee household"));
		mvc.perform(get("/api/v1/contacts").param("account", ServiceWorld.ACCOUNT).with(DISPATCHER))
			.andExpect(jsonPath("$.items[0].email").value(ServiceWorld.CONTACT_EMAIL))
			.andExpect(jsonPath("$.items[0].accounts[0]").value(ServiceWorld.ACCOUNT));
		mvc.perform(get("/api/v1/assets").with(DISPATCHER)).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/functional-locations").with(DISPATCHER)).andExpect(status().isOk());
	}

	@Test
	void adminsCreateUpdateAndDeactivateAnAccountAudited() throws Exception {
		String location = mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).content(ACCOUNT).with(ADMIN))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.externalId").value("acc-api"))
			.andExpect(jsonPath("$.active").value(true))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		mvc.perform(put(location).contentType(MediaType.APPLICATION_JSON).content(ACCOUNT.replace("Api Diner", "API Diner")).with(ADMIN))
			.andExpect(jsonPath("$.name").value("API Diner"));
		mvc.perform(post(location + "/deactivate").with(ADMIN)).andExpect(jsonPath("$.active").value(false));

		assertThat(audit.find(new AuditFilter("ada", null, "acc-api", null, null, null), 1).items())
			.extracting(entry -> entry.action() + " " + entry.details())
			.containsExactly("account.deactivated active: true → false", "account.changed name: Api Diner → API Diner",
					"account.created externalId:  → acc-api; name:  → Api Diner; active:  → true; timeZone:  → America/Chicago; "
							+ "address.line1:  → 5 Wacker Dr; address.city:  → Chicago; address.postalCode:  → 60606; "
							+ "address.country:  → US; address.lat:  → 41.88; address.lon:  → -87.64");
	}

	@Test
	void aFieldThatBreaksAnImportRuleIsA400NamingIt() throws Exception {
		mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
			.content(ACCOUNT.replace("\"US\"", "\"us\"").replace("Api Diner", ""))
			.with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andExpect(jsonPath("$.errors[0]").value("name: is missing"))
			.andExpect(jsonPath("$.errors[1]").value("address.country: \"us\" is not a two-letter ISO country code such as \"US\""));
		mvc.perform(post("/api/v1/contacts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"c-x\",\"firstName\":\"X\",\"lastName\":\"Y\",\"account\":\"nowhere\"}")
			.with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0]").value("account: unknown account id \"nowhere\""));
		mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).content("{\"id\":").with(ADMIN))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/contacts/999999999").with(ADMIN))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/assets/not-a-number").with(ADMIN)).andExpect(status().isBadRequest());
	}

	@Test
	void aContactCreatedAtAnActiveAccountIsInvited() throws Exception {
		mvc.perform(post("/api/v1/contacts").contentType(MediaType.APPLICATION_JSON).content("""
				{"id":"c-noa","firstName":"Noa","lastName":"Levi","email":"noa@example.org","language":"he",
				 "account":"%s"}""".formatted(ServiceWorld.ACCOUNT)).with(ADMIN)).andExpect(status().isCreated());

		long noa = contacts.contactByExternalId("c-noa").orElseThrow().id();
		assertThat(runtime.createProcessInstanceQuery()
			.processDefinitionKey(InvitationVariables.PROCESS_KEY)
			.variableValueEquals(InvitationVariables.CONTACT_ID, noa)
			.count()).isEqualTo(1);
	}

	@Test
	void aDeactivatedAssetIsNotOfferedOnThePortal() throws Exception {
		String location = mvc.perform(post("/api/v1/assets").contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"as-api\",\"account\":\"%s\",\"name\":\"Furnace\"}".formatted(ServiceWorld.ACCOUNT))
			.with(ADMIN)).andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		assertThat(contacts.assets(world.contactId, ServiceWorld.ACCOUNT)).hasSize(1);

		mvc.perform(post(location + "/deactivate").with(ADMIN)).andExpect(jsonPath("$.active").value(false));

		assertThat(contacts.assets(world.contactId, ServiceWorld.ACCOUNT)).isEmpty();
		assertThat(audit.find(new AuditFilter("ada", "asset.deactivated", "as-api", null, null, null), 1).total()).isEqualTo(1);
	}

	@Test
	void dispatchersReadButNeverChangeMasterData() throws Exception {
		AuditFilter byDora = new AuditFilter("dora", null, null, null, null, null);
		long audited = audit.find(byDora, 1).total();
		for (String api : List.of("/api/v1/accounts", "/api/v1/contacts", "/api/v1/assets")) {
			mvc.perform(post(api).contentType(MediaType.APPLICATION_JSON).content(ACCOUNT).with(DISPATCHER))
				.andExpect(status().isForbidden());
			mvc.perform(put(api + "/1").contentType(MediaType.APPLICATION_JSON).content(ACCOUNT).with(DISPATCHER))
				.andExpect(status().isForbidden());
			mvc.perform(post(api + "/1/deactivate").with(DISPATCHER)).andExpect(status().isForbidden());
			mvc.perform(get(api).with(user("sam@example.com").roles("CUSTOMER"))).andExpect(status().isForbidden());
			mvc.perform(get(api)).andExpect(status().isUnauthorized());
		}
		for (String page : List.of("/admin/master-data", "/admin/master-data/accounts", "/admin/master-data/accounts/new",
				"/admin/master-data/accounts/" + world.accountId, "/admin/master-data/contacts",
				"/admin/master-data/contacts/new", "/admin/master-data/contacts/" + world.contactId,
				"/admin/master-data/assets", "/admin/master-data/assets/new", "/admin/master-data/functional-locations",
				"/admin/master-data/import")) {
			mvc.perform(get(page).with(DISPATCHER)).andExpect(status().isForbidden());
			mvc.perform(get(page).with(user("sam@example.com").roles("CUSTOMER"))).andExpect(status().isForbidden());
			mvc.perform(get(page)).andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/admin/master-data/accounts/new").with(DISPATCHER)
			.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(audit.find(byDora, 1).total()).isEqualTo(audited);
	}

}
