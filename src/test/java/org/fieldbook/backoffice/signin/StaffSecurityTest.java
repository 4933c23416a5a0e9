package org.fieldbook.backoffice.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.RemoteAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The staff world over real HTTP: what answers without credentials and what needs them. */
@FieldbookIntegrationTest
class StaffSecurityTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identityService;

	@LocalServerPort
	int port;

	@BeforeEach
	void dispatcher() {
		if (identityService.createUserQuery().userId("dora").count() == 0) {
			User dora = identityService.newUser("dora");
			dora.setPassword("dispatching-all-day");
			identityService.saveUser(dora);
			if (identityService.createGroupQuery().groupId(StaffAuthenticationProvider.DISPATCHER_GROUP).count() == 0) {
				identityService.saveGroup(identityService.newGroup(StaffAuthenticationProvider.DISPATCHER_GROUP));
			}
			identityService.createMembership("dora", StaffAuthenticationProvider.DISPATCHER_GROUP);
		}
		if (identityService.createUserQuery().userId("olga").count() == 0) {
			User olga = identityService.newUser("olga");
			olga.setPassword("in-no-group-at-all");
			identityService.saveUser(olga);
		}
	}

	@Test
	void dispatcherSeesTheDaysWorkButNoSettingsMasterDataOrAudit() throws Exception {
		MockHttpSession dora = signIn("dora", "dispatching-all-day");

		for (String open : new String[] { "/admin", "/admin/notifications", "/admin/links" }) {
			mvc.perform(get(open).session(dora)).andExpect(status().isOk());
		}
		for (String closed : new String[] { "/admin/settings", "/admin/service-types", "/admin/master-data", "/admin/audit",
				"/admin/audit?page=2" }) {
			mvc.perform(get(closed).session(dora)).andExpect(status().isForbidden());
		}
		mvc.perform(post("/admin/settings").session(dora).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/admin/master-data/contacts").session(dora).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void staffInNoGroupSeeOnlyTheOverview() throws Exception {
		MockHttpSession olga = signIn("olga", "in-no-group-at-all");

		mvc.perform(get("/admin").session(olga)).andExpect(status().isOk());
		for (String closed : new String[] { "/admin/notifications", "/admin/links", "/admin/dispatch", "/admin/audit" }) {
			mvc.perform(get(closed).session(olga)).andExpect(status().isForbidden());
		}
	}

	@Test
	void adminOpensTheAuditLog() throws Exception {
		mvc.perform(get("/admin/audit").session(signIn("admin", "admin"))).andExpect(status().isOk());
	}

	@Test
	void onlyAdminsReadTheAuditApi() {
		assertThat(http.withBasicAuth("dora", "dispatching-all-day").getForEntity("/api/v1/audit", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.withBasicAuth("olga", "in-no-group-at-all").getForEntity("/api/v1/audit", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.getForEntity("/api/v1/audit", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		ResponseEntity<String> admin = http.withBasicAuth("admin", "admin").getForEntity("/api/v1/audit", String.class);
		assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(admin.getBody()).contains("\"items\"", "\"pages\"");
	}

	@Test
	void customersAndAnonymousVisitorsReachNoBackOfficeScreen() throws Exception {
		for (String screen : new String[] { "/admin/audit", "/admin/links", "/admin/settings" }) {
			mvc.perform(get(screen)).andExpect(redirectedUrl("/admin/login"));
			mvc.perform(get(screen).with(user("sam@example.com").roles("CUSTOMER"))).andExpect(status().isForbidden());
		}
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		MvcResult signIn = mvc.perform(post("/admin/login").param("username", username).param("password", password).with(csrf())
			.with(RemoteAddress.from("10.13.0." + Math.abs(username.hashCode() % 200))))
			.andExpect(redirectedUrl("/admin"))
			.andReturn();
		return (MockHttpSession) signIn.getRequest().getSession();
	}

	@Test
	void dispatcherMayNotUseTheEngineRestApiOrImport() {
		TestRestTemplate dora = http.withBasicAuth("dora", "dispatching-all-day");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);

		assertThat(dora.getForEntity("/engine-rest/engine", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(dora.exchange("/engine-rest/group/camunda-admin/members/dora", HttpMethod.PUT, null, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(dora.postForEntity("/api/v1/import", new HttpEntity<>("{}", headers), String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(identityService.createGroupQuery().groupMember("dora").groupId("camunda-admin").count()).isZero();
	}

	@Test
	void dispatcherMaySearchSlots() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);

		ResponseEntity<String> response = http.withBasicAuth("dora", "dispatching-all-day")
			.postForEntity("/api/v1/slot-search", new HttpEntity<>("{\"serviceType\":\"none\",\"account\":\"none\"}", headers),
					String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void engineRestApiWithoutCredentialsAnswers401() {
		ResponseEntity<String> response = http.getForEntity("/engine-rest/engine", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
	}

	@Test
	void engineRestApiWithStaffCredentialsAnswers() {
		ResponseEntity<String> response = http.withBasicAuth("admin", "admin").getForEntity("/engine-rest/engine", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("\"name\":\"default\"");
	}

	@Test
	void unknownStaffUserIsRefused() {
		ResponseEntity<String> response = http.withBasicAuth("mallory", "admin").getForEntity("/engine-rest/engine", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aControlCharacterInTheUserNameIsABadSignInNotAnError() {
		ResponseEntity<String> response = http.withBasicAuth("\u0000admin", "admin").getForEntity("/api/v1/slot-search", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void importApiNeedsStaffCredentials() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);

		ResponseEntity<String> response = http.postForEntity("/api/v1/import", new HttpEntity<>("{}", headers), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void healthTellsAnonymousVisitorsOnlyUpOrDown() {
		ResponseEntity<String> response = http.getForEntity("/actuator/health", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void healthReportsDatabaseAndEngineToStaff() {
		ResponseEntity<String> response = http.withBasicAuth("dora", "dispatching-all-day").getForEntity("/actuator/health", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("\"status\":\"UP\"", "\"db\"", "\"processEngine\"");
	}

	@Test
	void prometheusIsForStaffOnly() {
		assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		ResponseEntity<String> staff = http.withBasicAuth("admin", "admin").getForEntity("/actuator/prometheus", String.class);
		assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(staff.getBody()).contains("jvm_memory_used_bytes");
	}

	@Test
	void backOfficeSendsAnonymousVisitorsToTheStaffSignIn() {
		ResponseEntity<String> response = http.getForEntity("/admin", String.class);

		assertThat(response.getStatusCode()).as("after following the redirect").isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("Back office sign in", "action=\"/admin/login\"", "name=\"_csrf\"");
	}

	@Test
	void httpBasicDoesNotOpenTheBackOffice() {
		ResponseEntity<String> response = http.withBasicAuth("admin", "admin").getForEntity("/admin", String.class);

		assertThat(response.getBody()).as("HTTP Basic is for the APIs; the back office signs in by form")
			.contains("Back office sign in");
	}

	@Test
	void staffSignInByFormOpensTheBackOffice() throws Exception {
		MvcResult signIn = mvc.perform(post("/admin/login").param("username", "admin").param("password", "admin").with(csrf()))
			.andExpect(redirectedUrl("/admin"))
			.andReturn();

		mvc.perform(get("/admin").session((MockHttpSession) signIn.getRequest().getSession()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Technicians")));
	}

	@Test
	void camundaWebappsNameTheEngineOnlyAfterSignIn() throws Exception {
		CockpitSession cockpit = new CockpitSession(port);
		HttpResponse<String> anonymous = cockpit.get(CockpitSession.ENGINES);
		assertThat(anonymous.statusCode()).isEqualTo(200);
		assertThat(anonymous.body()).isEqualTo("[]");

		assertThat(cockpit.signIn("admin", "admin").statusCode()).isEqualTo(200);

		assertThat(cockpit.get(CockpitSession.ENGINES).body()).contains("\"name\":\"default\"");
	}

	@Test
	void cockpitIsServed() {
		ResponseEntity<String> response = http.getForEntity("/camunda/app/cockpit/default/", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).containsIgnoringCase("cockpit");
	}

}
