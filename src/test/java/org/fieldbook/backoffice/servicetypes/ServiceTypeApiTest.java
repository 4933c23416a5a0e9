package org.fieldbook.backoffice.servicetypes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.fieldbook.backoffice.audit.AuditFilter;
import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.booking.ServiceTypeAdministration;
import org.fieldbook.booking.ServiceTypeAdministration.Details;
import org.fieldbook.masterdata.MasterDataImporter;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** GET /api/v1/service-types (any staff) and PATCH (admins): the screen's filters, rules and audit, as JSON. */
@FieldbookIntegrationTest
class ServiceTypeApiTest {

	/** A name of its own, so that the audit log holds only this test's entries of it. */
	private final String admin = "ada-" + UUID.randomUUID().toString().substring(0, 8);

	private final RequestPostProcessor asAdmin = user(admin).roles("STAFF", "ADMIN");

	private static final RequestPostProcessor DISPATCHER = user("dora").roles("STAFF", "DISPATCHER");

	private static final String BOILER = "/api/v1/service-types/" + ServiceWorld.SERVICE_TYPE;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	MasterDataImporter importer;

	@Autowired
	ServiceTypeAdministration serviceTypes;

	@Autowired
	AuditTrail audit;

	@BeforeEach
	void world() {
		worlds.create();
	}

	@Test
	void theListIsPagedAndFilteredAsTheScreen() throws Exception {
		ServiceTypeCatalogs.addExtras(importer, 60);

		mvc.perform(get("/api/v1/service-types").param("page", "2").with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.pages").value(2))
			.andExpect(jsonPath("$.total").value(61))
			.andExpect(jsonPath("$.items.length()").value(11))
			.andExpect(jsonPath("$.items[0].externalId").value("extra-049"));
		mvc.perform(get("/api/v1/service-types").param("onPortal", "yes").param("sort", "duration-desc").with(asAdmin))
			.andExpect(jsonPath("$.total").value(21))
			.andExpect(jsonPath("$.items[0].externalId").value(ServiceWorld.SERVICE_TYPE))
			.andExpect(jsonPath("$.items[0].portalName").value("Boiler service"))
			.andExpect(jsonPath("$.items[0].durationMinutes").value(90))
			.andExpect(jsonPath("$.items[0].requiredSkills").value(1))
			.andExpect(jsonPath("$.items[1].externalId").value("extra-057"));
	}

	@Test
	void oneServiceTypeOrA404() throws Exception {
		mvc.perform(get(BOILER).with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Boiler service"))
			.andExpect(jsonPath("$.onPortal").value(true))
			.andExpect(jsonPath("$.portalNames.en").value("Boiler service"))
			.andExpect(jsonPath("$.skills[0].skill").value("gas"))
			.andExpect(jsonPath("$.skills[0].minLevel").value(1));
		mvc.perform(get("/api/v1/service-types/no-such-type").with(asAdmin))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No service type no-such-type"));
	}

	@Test
	void aPatchChangesTheNamedFieldsOnlyAndIsAudited() throws Exception {
		mvc.perform(patch(BOILER).with(asAdmin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"portalNames\":{\"es\":\"Revisión de caldera\"},\"durationMinutes\":60}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.portalNames.es").value("Revisión de caldera"))
			.andExpect(jsonPath("$.portalNames.en").value("Boiler service"))
			.andExpect(jsonPath("$.durationMinutes").value(60))
			.andExpect(jsonPath("$.onPortal").value(true))
			.andExpect(jsonPath("$.skills[0].minLevel").value(1));

		assertThat(audit.find(new AuditFilter(admin, "service-type.changed", ServiceWorld.SERVICE_TYPE, null, null, null), 1)
			.items()).singleElement()
			.extracting(AuditTrail.Entry::details)
			.isEqualTo("portalNames[es]: – → Revisión de caldera; durationMinutes: 90 → 60");
	}

	@Test
	void refusedValuesAreA400NamingEachFieldAndChangeNothing() throws Exception {
		mvc.perform(patch(BOILER).with(asAdmin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"durationMinutes\":2000,\"crewSize\":0,\"portalNames\":{\"it\":\"Caldaia\"},\"skills\":{\"welding\":2}}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors").value(hasItem("durationMinutes: Enter a duration from 5 to 1440 minutes.")))
			.andExpect(jsonPath("$.errors").value(hasItem("crewSize: Enter a crew size from 1 to 20 technicians.")))
			.andExpect(jsonPath("$.errors").value(hasItem("skills[welding]: There is no such skill.")))
			.andExpect(jsonPath("$.errors").value(hasItem("portalNames[it]: Not a portal language; the languages are en, es, fr, de, ar, he.")));
		mvc.perform(patch(BOILER).with(asAdmin).contentType(MediaType.APPLICATION_JSON).content("{\"durationMinutes\":\"long\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
		mvc.perform(patch("/api/v1/service-types/no-such-type").with(asAdmin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"durationMinutes\":60}"))
			.andExpect(status().isNotFound());

		assertThat(serviceTypes.details(ServiceWorld.SERVICE_TYPE).orElseThrow().durationMinutes()).isEqualTo(90);
	}

	@Test
	void arrivalWindowsAreReadAndPatchedAndABlankOneGoesBackToExactTimes() throws Exception {
		mvc.perform(get(BOILER).with(DISPATCHER)).andExpect(jsonPath("$.arrivalWindows").value(nullValue()));

		mvc.perform(patch(BOILER).with(asAdmin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"arrivalWindows\":\"240 min every 120 min from 8:00 until 20:00\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.arrivalWindows").value("240 min every 120 min from 08:00 until 20:00"))
			.andExpect(jsonPath("$.durationMinutes").value(90));
		mvc.perform(patch(BOILER).with(asAdmin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"durationMinutes\":60,\"arrivalWindows\":null}"))
			.andExpect(jsonPath("$.arrivalWindows").value("240 min every 120 min from 08:00 until 20:00"));
		mvc.perform(get("/api/v1/service-types").param("text", "Boiler").with(DISPATCHER))
			.andExpect(jsonPath("$.items[0].arrivalWindows").value("240 min every 120 min from 08:00 until 20:00"));
		mvc.perform(patch(BOILER).with(asAdmin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"arrivalWindows\":\"\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.arrivalWindows").value(nullValue()));

		assertThat(audit.find(new AuditFilter(admin, "service-type.changed", ServiceWorld.SERVICE_TYPE, null, null, null), 1)
			.items()).extracting(AuditTrail.Entry::details)
			.containsExactlyInAnyOrder("arrivalWindows: exact times → 240 min every 120 min from 08:00 until 20:00",
					"durationMinutes: 90 → 60",
					"arrivalWindows: 240 min every 120 min from 08:00 until 20:00 → exact times");
	}

	@Test
	void arrivalWindowsThatDoNotReadAreA400NamingTheFieldAndChangeNothing() throws Exception {
		mvc.perform(patch(BOILER).with(asAdmin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"arrivalWindows\":\"12:00-08:00\",\"durationMinutes\":60}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors").value(contains("arrivalWindows: Enter arrival windows as a list such as "
					+ "08:00-12:00, 12:00-16:00 or a grid such as 240 min every 120 min from 08:00 until 20:00, "
					+ "or leave the field blank for exact times.")));

		Details unchanged = serviceTypes.details(ServiceWorld.SERVICE_TYPE).orElseThrow();
		assertThat(unchanged.arrivalWindows()).isNull();
		assertThat(unchanged.durationMinutes()).as("no field of a refused change is written").isEqualTo(90);
	}

	@Test
	void dispatchersReadButMayNotChange() throws Exception {
		mvc.perform(patch(BOILER).with(DISPATCHER).contentType(MediaType.APPLICATION_JSON).content("{\"onPortal\":false}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/service-types").with(user("sam@example.com").roles("CUSTOMER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/service-types")).andExpect(status().isUnauthorized());

		assertThat(serviceTypes.details(ServiceWorld.SERVICE_TYPE).orElseThrow().onPortal()).isTrue();
	}

}
