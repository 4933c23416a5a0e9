package org.fieldbook.backoffice.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.fieldbook.backoffice.audit.AuditFilter;
import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.customer.ContactFields;
import org.fieldbook.customer.Contacts;
import org.fieldbook.customer.CustomerRecords;
import org.fieldbook.customer.CustomerSearch;
import org.fieldbook.customer.ServiceSites;
import org.fieldbook.invitation.InvitationVariables;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Admins search, create, edit and deactivate accounts, contacts and assets on the master data screens. */
@FieldbookIntegrationTest
class CustomerMasterDataPagesTest {

	private static final RequestPostProcessor ADMIN = user("ada").roles("STAFF", "ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	CustomerRecords records;

	@Autowired
	Contacts contacts;

	@Autowired
	ServiceSites sites;

	@Autowired
	AuditTrail audit;

	@Autowired
	RuntimeService runtime;

	@Autowired
	StatementCounter counter;

	ServiceWorld world;

	@BeforeEach
	void world() {
		world = worlds.create();
	}

	@Test
	void theAccountListSearchesFiltersAndSortsByTheUrl() throws Exception {
		createAccount("acc-bakery", "Lakeview Bakery", "true");
		createAccount("acc-bank", "Lake Bank", "false");

		mvc.perform(get("/admin/master-data/accounts").param("q", "lake").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lakeview Bakery")))
			.andExpect(content().string(containsString("Lake Bank")))
			.andExpect(content().string(not(containsString("Lee household"))))
			.andExpect(content().string(containsString("Page 1 of 1 (2 records)")))
			.andExpect(content().string(containsString("href=\"/admin/master-data/accounts?q=lake&amp;sort=-name&amp;page=1\"")));
		mvc.perform(get("/admin/master-data/accounts").param("q", "lake").param("active", "false").with(ADMIN))
			.andExpect(content().string(containsString("Lake Bank")))
			.andExpect(content().string(not(containsString("Lakeview Bakery"))));
		assertThat(records.accounts(new CustomerSearch("LAKE", null, null, "-name", 1)).items())
			.extracting(row -> row.externalId())
			.containsExactly("acc-bakery", "acc-bank");
		assertThat(records.accounts(new CustomerSearch("%", null, null, null, 1)).total()).as("a wildcard is a character")
			.isZero();
	}

	@Test
	void aNewAccountWithProblemsShowsEachNextToItsFieldAndWritesNothing() throws Exception {
		mvc.perform(accountForm("/admin/master-data/accounts/new", "acc-new", " ", "true").param("address.country", "usa")
			.param("timeZone", "Chicago"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-problem\"")))
			.andExpect(content().string(containsString("Please fill this in.")))
			.andExpect(content().string(containsString("id=\"address.country-problem\"")))
			.andExpect(content().string(containsString("Use a two-letter country code in capitals, such as US.")))
			.andExpect(content().string(containsString("This is not a time zone such as America/Chicago.")))
			.andExpect(content().string(containsString("aria-describedby=\"name-problem\"")));
		mvc.perform(accountForm("/admin/master-data/accounts/new", "acc-new", "x".repeat(201), "true"))
			.andExpect(content().string(containsString("At most 200 characters fit.")));
		mvc.perform(accountForm("/admin/master-data/accounts/new", ServiceWorld.ACCOUNT, "Twin", "true"))
			.andExpect(content().string(containsString("Another record of this kind has this id.")));

		assertThat(records.accounts(new CustomerSearch(null, null, null, null, 1)).total()).isEqualTo(1);
	}

	@Test
	void editingAnAccountIsAuditedOldToNew() throws Exception {
		mvc.perform(accountForm("/admin/master-data/accounts/" + world.accountId, null, "Lee & family", "false"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/master-data/accounts/*?saved"));

		assertThat(records.account(world.accountId).orElseThrow().name()).isEqualTo("Lee & family");
		assertThat(contacts.activeAccounts(world.contactId)).as("an inactive account is not offered").isEmpty();
		assertThat(audit.find(new AuditFilter("ada", "account.changed", ServiceWorld.ACCOUNT, null, null, null), 1).items())
			.singleElement()
			.satisfies(entry -> assertThat(entry.details()).isEqualTo(
					"name: Lee household → Lee & family; active: true → false; address.line1: 1 Lake St → 2 Lake St"));
	}

	@Test
	void aContactAddedToAnActiveAccountIsInvitedAsByTheImport() throws Exception {
		mvc.perform(post("/admin/master-data/contacts/new").with(ADMIN)
			.with(csrf())
			.param("id", "c-lea")
			.param("firstName", "Lea")
			.param("lastName", "Lee")
			.param("email", "lea@example.com")
			.param("phone", "")
			.param("language", "fr")
			.param("smsConsent", "false")
			.param("account", ServiceWorld.ACCOUNT)
			.param("active", "true")).andExpect(status().is3xxRedirection());

		long lea = contacts.contactByExternalId("c-lea").orElseThrow().id();
		assertThat(runtime.createProcessInstanceQuery()
			.processDefinitionKey(InvitationVariables.PROCESS_KEY)
			.variableValueEquals(InvitationVariables.CONTACT_ID, lea)
			.count()).isEqualTo(1);
		assertThat(audit.find(new AuditFilter("ada", "contact.created", "c-lea", null, null, null), 1).total()).isEqualTo(1);
		mvc.perform(get("/admin/master-data/contacts").param("account", ServiceWorld.ACCOUNT).param("sort", "id").with(ADMIN))
			.andExpect(content().string(containsString("lea@example.com")))
			.andExpect(content().string(containsString(ServiceWorld.CONTACT_EMAIL)));
	}

	@Test
	void aContactWithABadEmailOrPhoneIsRefusedNextToTheField() throws Exception {
		mvc.perform(post("/admin/master-data/contacts/" + world.contactId).with(ADMIN)
			.with(csrf())
			.param("firstName", "Sam")
			.param("lastName", "Lee")
			.param("email", "sam-at-example")
			.param("phone", "312 555")
			.param("language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"email-problem\"")))
			.andExpect(content().string(containsString("This is not an email address.")))
			.andExpect(content().string(containsString("Write the number in international form, such as +13125550100.")));

		assertThat(contacts.contact(world.contactId).orElseThrow().email()).isEqualTo(ServiceWorld.CONTACT_EMAIL);
	}

	@Test
	void aDeactivatedContactIsNoLongerOfferedOnThePortal() throws Exception {
		mvc.perform(post("/admin/master-data/contacts/" + world.contactId).with(ADMIN)
			.with(csrf())
			.param("firstName", "Sam")
			.param("lastName", "Lee")
			.param("email", ServiceWorld.CONTACT_EMAIL)
			.param("phone", ServiceWorld.CONTACT_PHONE)
			.param("language", "en")
			.param("active", "false")).andExpect(status().is3xxRedirection());

		assertThat(contacts.activeAccounts(world.contactId)).isEmpty();
		assertThat(contacts.reachableContactsOfActiveAccounts()).isEmpty();
		assertThat(audit.find(new AuditFilter("ada", "contact.deactivated", ServiceWorld.CONTACT, null, null, null), 1)
			.items()).singleElement().satisfies(entry -> assertThat(entry.details()).isEqualTo("active: true → false"));
	}

	@Test
	void aDeactivatedAssetIsNoLongerOfferedOnThePortal() throws Exception {
		mvc.perform(assetForm("/admin/master-data/assets/new", "as-boiler", "true").param("locationName", "Basement")
			.param("location.line1", "1 Lake St")
			.param("location.city", "Chicago")
			.param("location.postalCode", "60601")
			.param("location.country", "US")
			.param("location.lat", "41.88")
			.param("location.lon", "-87.63")).andExpect(status().is3xxRedirection());
		assertThat(contacts.assets(world.contactId, ServiceWorld.ACCOUNT)).extracting(asset -> asset.externalId())
			.containsExactly("as-boiler");
		assertThat(sites.site(ServiceWorld.ACCOUNT, "as-boiler").orElseThrow().hasAsset()).isTrue();
		mvc.perform(get("/admin/master-data/functional-locations").param("q", "base").with(ADMIN))
			.andExpect(content().string(containsString("Basement")));
		long id = records.assets(new CustomerSearch("as-boiler", null, null, null, 1)).items().get(0).id();

		mvc.perform(assetForm("/admin/master-data/assets/" + id, null, "false")).andExpect(status().is3xxRedirection());

		assertThat(contacts.assets(world.contactId, ServiceWorld.ACCOUNT)).isEmpty();
		assertThat(sites.site(ServiceWorld.ACCOUNT, "as-boiler").orElseThrow().hasAsset()).isFalse();
		assertThat(records.asset(id).orElseThrow().location()).as("back at the account's address").isNull();
		assertThat(audit.find(new AuditFilter("ada", "asset.changed", "as-boiler", null, null, null), 1).items())
			.singleElement()
			.satisfies(entry -> assertThat(entry.details()).startsWith("active: true → false; locationName: Basement → ;"));
	}

	@Test
	void aPageOfManyContactsTakesAsManyStatementsAsAPageOfOne() throws Exception {
		int one;
		try (var counting = counter.start()) {
			mvc.perform(get("/admin/master-data/contacts").with(ADMIN)).andExpect(status().isOk());
			one = counting.statements();
		}
		for (int i = 0; i < 60; i++) {
			records.createContact("c-many-" + i, new ContactFields("Many", "Contact " + i, null, null, "en", false, true),
					ServiceWorld.ACCOUNT);
		}

		try (var counting = counter.start()) {
			mvc.perform(get("/admin/master-data/contacts").with(ADMIN))
				.andExpect(content().string(containsString("Page 1 of 2 (61 records)")));
			assertThat(counting.statements()).isEqualTo(one);
		}
	}

	@Test
	void anUnknownIdIsNotFound() throws Exception {
		mvc.perform(get("/admin/master-data/accounts/999999999").with(ADMIN)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/master-data/contacts/999999999").with(ADMIN)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/master-data/assets/999999999").with(ADMIN)).andExpect(status().isNotFound());
	}

	@Test
	void everyScreenRenders() throws Exception {
		for (String page : List.of("/admin/master-data", "/admin/master-data/accounts/new", "/admin/master-data/contacts/new",
				"/admin/master-data/assets/new", "/admin/master-data/contacts/" + world.contactId,
				"/admin/master-data/accounts/" + world.accountId, "/admin/master-data/import")) {
			mvc.perform(get(page).with(ADMIN)).andExpect(status().isOk());
		}
	}

	private void createAccount(String id, String name, String active) throws Exception {
		mvc.perform(accountForm("/admin/master-data/accounts/new", id, name, active)).andExpect(status().is3xxRedirection());
	}

	private static MockHttpServletRequestBuilder accountForm(String path, String id, String name, String active) {
		MockHttpServletRequestBuilder form = post(path).with(ADMIN)
			.with(csrf())
			.param("name", name)
			.param("timeZone", "America/Chicago")
			.param("address.line1", "2 Lake St")
			.param("address.line2", "")
			.param("address.city", "Chicago")
			.param("address.postalCode", "60601")
			.param("address.country", "US")
			.param("address.lat", "41.88")
			.param("address.lon", "-87.63")
			.param("active", active);
		return id == null ? form : form.param("id", id);
	}

	private static MockHttpServletRequestBuilder assetForm(String path, String id, String active) {
		MockHttpServletRequestBuilder form = post(path).with(ADMIN)
			.with(csrf())
			.param("account", ServiceWorld.ACCOUNT)
			.param("name", "Boiler")
			.param("active", active);
		return id == null ? form : form.param("id", id);
	}

}
