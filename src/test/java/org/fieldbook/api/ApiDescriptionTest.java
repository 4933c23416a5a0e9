package org.fieldbook.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The OpenAPI description names every endpoint under /api/v1 that Spring MVC maps, whoever added it, and nothing
 * else; it and Swagger UI are for staff only.
 */
@FieldbookIntegrationTest
class ApiDescriptionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ObjectMapper json;

	@Test
	void everyMappedApiV1EndpointIsDescribed() throws Exception {
		JsonNode description = json.readTree(mvc.perform(get("/v3/api-docs").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		Set<String> described = new TreeSet<>();
		description.get("paths").properties().forEach(path -> path.getValue().fieldNames()
			.forEachRemaining(method -> described.add(method.toUpperCase() + " " + path.getKey())));

		List<String> mapped = apiV1Endpoints();
		assertThat(mapped).as("the endpoints of this test's own reading").contains("GET /api/v1/invitations",
				"POST /api/v1/contacts/{externalId}/invitation", "GET /api/v1/audit");
		assertThat(described).containsAll(mapped);
		assertThat(described).allSatisfy(endpoint -> assertThat(endpoint).contains(" /api/v1/"));
	}

	@Test
	void theDescriptionNamesItselfAndItsHttpBasicSignIn() throws Exception {
		mvc.perform(get("/v3/api-docs").with(httpBasic("admin", "admin")))
			.andExpect(jsonPath("$.info.title").value("Fieldbook API"))
			.andExpect(jsonPath("$.info.version").value("v1"))
			.andExpect(jsonPath("$.info.description").value(containsString("HTTP Basic")))
			.andExpect(jsonPath("$.components.securitySchemes.basicAuth.type").value("http"))
			.andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
			.andExpect(jsonPath("$.security[0].basicAuth").isArray());
	}

	@Test
	void staffReadTheDescriptionAndSwaggerUiUnderItsOwnStylePolicy() throws Exception {
		mvc.perform(get("/v3/api-docs").with(user("olga").roles("STAFF"))).andExpect(status().isOk());
		mvc.perform(get("/swagger-ui.html").with(user("dora").roles("STAFF", "DISPATCHER")))
			.andExpect(redirectedUrl("/swagger-ui/index.html"));
		mvc.perform(get("/swagger-ui/index.html").with(user("dora").roles("STAFF", "DISPATCHER")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'self' 'unsafe-inline'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("script-src"))));
		mvc.perform(get("/swagger-ui/swagger-initializer.js").with(user("dora").roles("STAFF", "DISPATCHER")))
			.andExpect(status().isOk());
	}

	@Test
	void anonymousVisitorsSignInFirstAndCustomersAreRefused() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
		mvc.perform(get("/swagger-ui.html")).andExpect(redirectedUrl("/admin/login"));
		mvc.perform(get("/swagger-ui/index.html")).andExpect(redirectedUrl("/admin/login"));
		mvc.perform(get("/v3/api-docs").with(httpBasic("admin", "wrong"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/v3/api-docs").with(user("sam@example.com").roles("CUSTOMER"))).andExpect(status().isForbidden());
		mvc.perform(get("/swagger-ui/index.html").with(user("sam@example.com").roles("CUSTOMER")))
			.andExpect(status().isForbidden());
	}

	/** "METHOD /path" of every handler Spring MVC maps under /api/v1, with a path variable's pattern left out. */
	private List<String> apiV1Endpoints() {
		List<String> endpoints = new ArrayList<>();
		for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
			for (PathPattern pattern : mapping.getPathPatternsCondition().getPatterns()) {
				String path = pattern.getPatternString().replaceAll("\\{(\\w+):[^}]*}", "{$1}");
				if (path.startsWith("/api/v1/") || path.equals("/api/v1")) {
					(methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
						.forEach(method -> endpoints.add(method.name() + " " + path));
				}
			}
		}
		return endpoints;
	}

}
