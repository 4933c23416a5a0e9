package org.fieldbook.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.support.DomainTables;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The customer world and the staff world do not accept each other's sign-ins. */
@FieldbookIntegrationTest
class PortalSecurityTest {

	static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Contacts contacts;

	@Autowired
	PortalAccountService portalAccounts;

	@BeforeEach
	void customerWithPortalAccount() {
		DomainTables.truncate(jdbc);
		jdbc.update("INSERT INTO contact (external_id, first_name, last_name, email, language) VALUES ('c1', 'Sam', 'Lee', 'sam@example.com', 'en')");
		portalAccounts.open(contacts.contactByExternalId("c1").orElseThrow(), PASSWORD);
	}

	@Test
	void customerSignsInAndTheSessionIdChanges() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();

		MvcResult result = mvc.perform(post("/login").session(session).param("username", "sam@example.com")
				.param("password", PASSWORD).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"))
			.andReturn();

		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
	}

	@Test
	void rememberMeIsNotOfferedAndAskingForItKeepsNoSignInCookie() throws Exception {
		mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("remember"))));

		MvcResult result = mvc.perform(post("/login").param("username", "sam@example.com").param("password", PASSWORD)
				.param("remember-me", "on").with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn();

		assertThat(result.getResponse().getCookies()).as("only the session cookie; nothing outlives the browser session")
			.noneMatch(cookie -> cookie.getName().contains("remember") || cookie.getMaxAge() > 0);
	}

	@Test
	void signInWithoutCsrfTokenIsForbidden() throws Exception {
		mvc.perform(post("/login").param("username", "sam@example.com").param("password", PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffCredentialsDoNotSignInToThePortal() throws Exception {
		mvc.perform(post("/login").param("username", "admin").param("password", "admin").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void customerCredentialsDoNotOpenTheStaffApis() throws Exception {
		mvc.perform(get("/engine-rest/engine").with(httpBasic("sam@example.com", PASSWORD))).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/import").with(httpBasic("sam@example.com", PASSWORD)).contentType("application/json").content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void customerCredentialsDoNotSignInToTheBackOffice() throws Exception {
		mvc.perform(post("/admin/login").param("username", "sam@example.com").param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/admin/login?error"));
	}

	@Test
	void staffSignInIsNobodyOnThePortal() throws Exception {
		MvcResult staff = mvc.perform(post("/admin/login").param("username", "admin").param("password", "admin").with(csrf()))
			.andExpect(redirectedUrl("/admin"))
			.andReturn();

		mvc.perform(get("/").session((MockHttpSession) staff.getRequest().getSession()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("signed in as"))))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/login\"")));
	}

	@Test
	void customerSignInIsNobodyInTheBackOffice() throws Exception {
		MvcResult customer = mvc.perform(post("/login").param("username", "sam@example.com").param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn();

		mvc.perform(get("/admin").session((MockHttpSession) customer.getRequest().getSession()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/login"));
	}

	@Test
	void pagesForbidFramingAndInlineScript() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))));
	}

	@Test
	void signedInPagesNeedACustomer() throws Exception {
		mvc.perform(get("/bookings")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

}
