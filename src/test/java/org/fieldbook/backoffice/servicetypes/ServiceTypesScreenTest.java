package org.fieldbook.backoffice.servicetypes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fieldbook.backoffice.audit.AuditFilter;
import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.booking.ServiceTypeAdministration;
import org.fieldbook.booking.ServiceTypeAdministration.Details;
import org.fieldbook.booking.ServiceTypeAdministration.SkillLevel;
import org.fieldbook.masterdata.MasterDataImporter;
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

/** Admins list the service types filtered, sorted and paged by the URL, and edit one: validated, audited, at once. */
@FieldbookIntegrationTest
class ServiceTypesScreenTest {

	/** A name of its own, so that the audit log holds only this test's entries of it. */
	private final String admin = "ada-" + UUID.randomUUID().toString().substring(0, 8);

	private final RequestPostProcessor asAdmin = user(admin).roles("STAFF", "ADMIN");

	private static final RequestPostProcessor DISPATCHER = user("dora").roles("STAFF", "DISPATCHER");

	private static final String EDIT = "/admin/service-types/" + ServiceWorld.SERVICE_TYPE;

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

	@Autowired
	StatementCounter counter;

	@BeforeEach
	void world() {
		worlds.create();
	}

	@Test
	void theListFiltersSortsAndPagesFiftyWithTheFiltersInTheLinks() throws Exception {
		ServiceTypeCatalogs.addExtras(importer, 60);

		mvc.perform(get("/admin/service-types").with(asAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 1 of 2 (61 service types)")))
			.andExpect(content().string(containsString("aria-sort=\"ascending\"")))
			.andExpect(content().string(containsString(">Boiler service</a>")))
			.andExpect(content().string(containsString(">Extra 048</a>")))
			.andExpect(content().string(not(containsString(">Extra 049</a>"))))
			.andExpect(content().string(containsString("href=\"/admin/service-types?sort=name&amp;page=2\"")))
			.andExpect(content().string(containsString("href=\"/admin/service-types?sort=name-desc&amp;page=1\"")));
		mvc.perform(get("/admin/service-types").param("sort", "duration-desc").param("page", "2").with(asAdmin))
			.andExpect(content().string(containsString("Page 2 of 2 (61 service types)")))
			.andExpect(content().string(containsString(">Extra 000</a>")))
			.andExpect(content().string(containsString(">Extra 010</a>")))
			.andExpect(content().string(not(containsString(">Extra 011</a>"))))
			.andExpect(content().string(containsString("aria-sort=\"descending\"")));
		mvc.perform(get("/admin/service-types").param("text", "xtra 05").param("onPortal", "no").with(asAdmin))
			.andExpect(content().string(containsString("Page 1 of 1 (7 service types)")))
			.andExpect(content().string(not(containsString(">Extra 051</a>"))))
			.andExpect(content().string(containsString(">Extra 052</a>")))
			.andExpect(content().string(containsString("href=\"/admin/service-types?text=xtra%2005&amp;onPortal=no&amp;sort=duration&amp;page=1\"")));
		mvc.perform(get("/admin/service-types").param("onPortal", "yes").with(asAdmin))
			.andExpect(content().string(containsString("Page 1 of 1 (21 service types)")));
	}

	@Test
	void aPageOfManyRowsTakesAsManyStatementsAsAPageOfOne() throws Exception {
		ServiceTypeCatalogs.addExtras(importer, 60);

		assertThat(statements(get("/admin/service-types").param("text", "Boiler").with(asAdmin)))
			.isEqualTo(statements(get("/admin/service-types").with(asAdmin)));
	}

	@Test
	void anAdminsChangeIsSavedAtOnceAndAuditedOldToNew() throws Exception {
		mvc.perform(post(EDIT).with(asAdmin).with(csrf())
			.param("portalNames[en]", "Boiler check")
			.param("portalNames[es]", "Revisión de caldera")
			.param("durationMinutes", "120")
			.param("crewSize", "2")
			.param("skills[gas]", "3"))
			.andExpect(redirectedUrl(EDIT + "?saved"));

		Details saved = serviceTypes.details(ServiceWorld.SERVICE_TYPE).orElseThrow();
		assertThat(saved.onPortal()).as("the box left unticked").isFalse();
		assertThat(saved.portalNames()).isEqualTo(Map.of("en", "Boiler check", "es", "Revisión de caldera"));
		assertThat(saved.durationMinutes()).isEqualTo(120);
		assertThat(saved.crewSize()).isEqualTo(2);
		assertThat(saved.skills()).containsExactly(new SkillLevel("gas", 3));
		List<AuditTrail.Entry> entries = audit
			.find(new AuditFilter(admin, "service-type.changed", ServiceWorld.SERVICE_TYPE, null, null, null), 1)
			.items();
		assertThat(entries).singleElement()
			.extracting(AuditTrail.Entry::details)
			.isEqualTo("onPortal: true → false; portalNames[en]: Boiler service → Boiler check; "
					+ "portalNames[es]: – → Revisión de caldera; durationMinutes: 90 → 120; crewSize: 1 → 2; skills: gas ≥ 1 → gas ≥ 3");
		mvc.perform(get(EDIT).param("saved", "").with(asAdmin))
			.andExpect(content().string(containsString("Saved. The portal shows the change now.")))
			.andExpect(content().string(containsString("value=\"Revisión de caldera\"")));
	}

	@Test
	void valuesOutOfRangeAreExplainedNextToTheirFieldAndNothingIsSaved() throws Exception {
		mvc.perform(post(EDIT).with(asAdmin).with(csrf())
			.param("onPortal", "true")
			.param("portalNames[es]", "x".repeat(201))
			.param("durationMinutes", "2")
			.param("crewSize", "0")
			.param("skills[gas]", "11"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("id=\"durationMinutes-error\" class=\"error\">Enter a duration from 5 to 1440 minutes.</p>")))
			.andExpect(content().string(containsString("id=\"crewSize-error\" class=\"error\">Enter a crew size from 1 to 20 technicians.</p>")))
			.andExpect(content().string(containsString("id=\"skill-0-error\" class=\"error\">Enter a level from 0 to 10.</p>")))
			.andExpect(content().string(containsString("id=\"portalName-es-error\" class=\"error\">Enter at most 200 characters.</p>")))
			.andExpect(content().string(containsString("aria-describedby=\"durationMinutes-error\"")))
			.andExpect(content().string(containsString("value=\"2\"")));
		mvc.perform(post(EDIT).with(asAdmin).with(csrf()).param("durationMinutes", "ninety").param("crewSize", ""))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("id=\"durationMinutes-error\" class=\"error\">Enter a whole number.</p>")))
			.andExpect(content().string(containsString("id=\"crewSize-error\" class=\"error\">Enter a number.</p>")));

		Details unchanged = serviceTypes.details(ServiceWorld.SERVICE_TYPE).orElseThrow();
		assertThat(unchanged.durationMinutes()).isEqualTo(90);
		assertThat(unchanged.portalNames()).isEqualTo(Map.of("en", "Boiler service"));
		assertThat(audit.find(new AuditFilter(admin, "service-type.changed", ServiceWorld.SERVICE_TYPE, null, null, null), 1)
			.total()).isZero();
	}

	@Test
	void arrivalWindowsSetOnTheScreenAreSavedInTheirOwnWordsShownAndAudited() throws Exception {
		mvc.perform(get(EDIT).with(asAdmin))
			.andExpect(content().string(containsString("Blank: visits are promised at an exact time.")))
			.andExpect(content().string(containsString("such as 08:00-12:00, 12:00-16:00, or a grid such as "
					+ "240 min every 120 min from 08:00 until 20:00.")))
			.andExpect(content().string(containsString("id=\"arrivalWindows\" dir=\"ltr\" maxlength=\"400\"")));

		mvc.perform(unchangedBut("arrivalWindows", "12:00-16:00; 8:00 - 12:00"))
			.andExpect(redirectedUrl(EDIT + "?saved"));

		assertThat(serviceTypes.details(ServiceWorld.SERVICE_TYPE).orElseThrow().arrivalWindows())
			.isEqualTo("08:00-12:00, 12:00-16:00");
		mvc.perform(get(EDIT).with(asAdmin))
			.andExpect(content().string(containsString("name=\"arrivalWindows\" value=\"08:00-12:00, 12:00-16:00\"")));
		mvc.perform(get("/admin/service-types").with(asAdmin))
			.andExpect(content().string(containsString("<th scope=\"col\">Times</th>")))
			.andExpect(content().string(containsString("<td title=\"08:00-12:00, 12:00-16:00\">Windows</td>")));

		mvc.perform(unchangedBut("arrivalWindows", " ")).andExpect(redirectedUrl(EDIT + "?saved"));

		assertThat(serviceTypes.details(ServiceWorld.SERVICE_TYPE).orElseThrow().arrivalWindows()).isNull();
		mvc.perform(get("/admin/service-types").with(asAdmin))
			.andExpect(content().string(containsString("<td>Exact</td>")));
		assertThat(audit.find(new AuditFilter(admin, "service-type.changed", ServiceWorld.SERVICE_TYPE, null, null, null), 1)
			.items()).extracting(AuditTrail.Entry::details)
			.containsExactlyInAnyOrder("arrivalWindows: exact times → 08:00-12:00, 12:00-16:00",
					"arrivalWindows: 08:00-12:00, 12:00-16:00 → exact times");
	}

	@Test
	void arrivalWindowsThatDoNotReadAreExplainedNextToTheFieldAndNothingIsSaved() throws Exception {
		mvc.perform(unchangedBut("arrivalWindows", "12:00-08:00", "durationMinutes", "120"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("id=\"arrivalWindows-error\" class=\"error\">Enter arrival "
					+ "windows as a list such as 08:00-12:00, 12:00-16:00 or a grid such as 240 min every 120 min from "
					+ "08:00 until 20:00, or leave the field blank for exact times.</p>")))
			.andExpect(content().string(containsString("aria-describedby=\"arrivalWindows-hint arrivalWindows-error\"")))
			.andExpect(content().string(containsString("value=\"12:00-08:00\"")));

		Details unchanged = serviceTypes.details(ServiceWorld.SERVICE_TYPE).orElseThrow();
		assertThat(unchanged.arrivalWindows()).isNull();
		assertThat(unchanged.durationMinutes()).as("no field of a refused change is written").isEqualTo(90);
		assertThat(audit.find(new AuditFilter(admin, "service-type.changed", ServiceWorld.SERVICE_TYPE, null, null, null), 1)
			.total()).isZero();
	}

	@Test
	void anUnknownServiceTypeIsNotFound() throws Exception {
		mvc.perform(get("/admin/service-types/no-such-type").with(asAdmin)).andExpect(status().isNotFound());
		mvc.perform(post("/admin/service-types/no-such-type").with(asAdmin).with(csrf()).param("durationMinutes", "60")
			.param("crewSize", "1")).andExpect(status().isNotFound());
	}

	@Test
	void onlyAdminsReachTheScreen() throws Exception {
		mvc.perform(get("/admin/service-types").with(DISPATCHER)).andExpect(status().isForbidden());
		mvc.perform(post(EDIT).with(DISPATCHER).with(csrf()).param("durationMinutes", "60").param("crewSize", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(get(EDIT).with(user("sam@example.com").roles("CUSTOMER"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/service-types")).andExpect(redirectedUrl("/admin/login"));
		mvc.perform(post(EDIT).with(asAdmin).param("durationMinutes", "60").param("crewSize", "1"))
			.andExpect(status().isForbidden());
		assertThat(serviceTypes.details(ServiceWorld.SERVICE_TYPE).orElseThrow().durationMinutes()).isEqualTo(90);
	}

	/** The form as the world's service type fills it, but for these fields and values. */
	private MockHttpServletRequestBuilder unchangedBut(String... fieldsAndValues) {
		Map<String, String> form = new LinkedHashMap<>(Map.of("onPortal", "true", "portalNames[en]", "Boiler service",
				"durationMinutes", "90", "crewSize", "1", "skills[gas]", "1"));
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			form.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(EDIT).with(asAdmin).with(csrf());
		form.forEach(request::param);
		return request;
	}

	private int statements(MockHttpServletRequestBuilder request) throws Exception {
		try (var counting = counter.start()) {
			mvc.perform(request).andExpect(status().isOk());
			return counting.statements();
		}
	}

}
