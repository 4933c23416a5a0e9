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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fieldbook.backoffice.audit.AuditFilter;
import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.masterdata.MasterDataImporter;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.scheduling.SlotDay;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Admins edit technicians on the screen and by the API; the slot search follows each change at once. */
@FieldbookIntegrationTest
class TechnicianAdministrationTest {

	/** Each test is its own admin, so that it reads only its own audit entries. */
	private final String admin = "ada-" + UUID.randomUUID().toString().substring(0, 8);

	private final RequestPostProcessor asAdmin = user(admin).roles("STAFF", "ADMIN");

	private static final RequestPostProcessor DISPATCHER = user("dora").roles("STAFF", "DISPATCHER");

	private static final String PAGES = "/admin/master-data/technicians";

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	SlotSearchService search;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MasterDataImporter importer;

	@Autowired
	StatementCounter counter;

	long ana;

	long chicago;

	long gas;

	@BeforeEach
	void world() {
		worlds.create();
		ana = jdbc.queryForObject("SELECT id FROM technician WHERE external_id = ?", Long.class, ServiceWorld.TECHNICIAN);
		chicago = jdbc.queryForObject("SELECT id FROM territory WHERE external_id = 'chicago'", Long.class);
		gas = jdbc.queryForObject("SELECT id FROM skill WHERE external_id = 'gas'", Long.class);
	}

	@Test
	void theListSearchesByNameAndFiltersByTerritoryAndStatus() throws Exception {
		mvc.perform(get(PAGES).param("q", "ruiz").with(asAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ana Ruiz")))
			.andExpect(content().string(containsString("aria-sort=\"ascending\"")));
		mvc.perform(get(PAGES).param("q", "nobody").with(asAdmin))
			.andExpect(content().string(not(containsString("Ana Ruiz"))));
		mvc.perform(get(PAGES).param("territory", Long.toString(chicago)).param("active", "false").with(asAdmin))
			.andExpect(content().string(containsString("Nothing matches.")));
		mvc.perform(get("/api/v1/technicians").param("q", "tech-ana").param("sort", "externalId").param("dir", "desc")
			.with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].territories[0]").value("Chicago"));
	}

	@Test
	void aPageOfManyTechniciansTakesAsManyStatementsAsAPageOfOne() throws Exception {
		int few = listStatements();
		String technicians = IntStream.range(0, 60)
			.mapToObj(i -> """
					{"id":"tech-%02d","name":"Tech %02d","timeZone":"America/Chicago","home":{"lat":41.9,"lon":-87.6},
					 "territories":["chicago"],"skills":[{"skill":"gas","level":3}],
					 "workingHours":[{"days":["MON"],"from":"08:00","to":"12:00"}]}""".formatted(i, i))
			.collect(Collectors.joining(",", "{\"technicians\":[", "]}"));
		importer.importJson(new ByteArrayInputStream(technicians.getBytes(StandardCharsets.UTF_8)));

		assertThat(listStatements()).isEqualTo(few);
	}

	private int listStatements() throws Exception {
		try (var counting = counter.start()) {
			mvc.perform(get(PAGES).param("territory", Long.toString(chicago)).with(asAdmin)).andExpect(status().isOk());
			return counting.statements();
		}
	}

	@Test
	void timeOffForTheOnlyTechnicianTakesItsTimesOutOfTheSlotSearch() throws Exception {
		List<SlotDay> before = search.search(ServiceWorld.query()).days();
		SlotDay first = before.get(0);
		String day = first.date().toString();

		mvc.perform(post(PAGES + "/" + ana).with(asAdmin).with(csrf())
			.param("name", "Ana Ruiz").param("active", "true").param("timeZone", "America/Chicago")
			.param("homeLat", "41.90").param("homeLon", "-87.65").param("territories", Long.toString(chicago))
			.param("skills[0].skill", Long.toString(gas)).param("skills[0].level", "5")
			.param("hours[0].day", "MONDAY").param("hours[0].from", "07:00").param("hours[0].to", "18:00")
			.param("hours[1].day", "TUESDAY").param("hours[1].from", "07:00").param("hours[1].to", "18:00")
			.param("hours[2].day", "WEDNESDAY").param("hours[2].from", "07:00").param("hours[2].to", "18:00")
			.param("hours[3].day", "THURSDAY").param("hours[3].from", "07:00").param("hours[3].to", "18:00")
			.param("hours[4].day", "FRIDAY").param("hours[4].from", "07:00").param("hours[4].to", "18:00")
			.param("hours[5].day", "SATURDAY").param("hours[5].from", "07:00").param("hours[5].to", "18:00")
			.param("hours[6].day", "SUNDAY").param("hours[6].from", "07:00").param("hours[6].to", "18:00")
			.param("hours[7].day", "").param("hours[7].from", "").param("hours[7].to", "")
			.param("timeOff[0].from", day + "T00:00").param("timeOff[0].to", day + "T23:59"))
			.andExpect(redirectedUrl(PAGES + "/" + ana + "?saved"));

		List<SlotDay> after = search.search(ServiceWorld.query()).days();
		assertThat(after).extracting(SlotDay::date).doesNotContain(first.date());
		assertThat(after).hasSize(before.size() - 1);
		assertThat(audit.find(new AuditFilter(admin, "technician.changed", ServiceWorld.TECHNICIAN, null, null, null), 1)
			.items()).singleElement()
			.satisfies(entry -> assertThat(entry.details()).isEqualTo("timeOff: none → " + day + "T00:00–" + day + "T23:59"));
	}

	@Test
	void changedWeeklyHoursAreTheOnlyTimesOffered() throws Exception {
		mvc.perform(patch("/api/v1/technicians/" + ana).with(asAdmin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"hours\":[{\"day\":\"MONDAY\",\"from\":\"09:00\",\"to\":\"10:30\"}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hours.length()").value(1))
			.andExpect(jsonPath("$.hours[0].from").value("09:00:00"));

		List<Slot> slots = search.search(ServiceWorld.query()).days().stream().flatMap(day -> day.slots().stream()).toList();
		// 90 minutes fit from 09:00 to 10:30 once a Monday: one start a week, on Chicago's clock
		assertThat(slots).isNotEmpty().allSatisfy(slot -> {
			assertThat(slot.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
			assertThat(slot.start().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
		});
		assertThat(audit.find(new AuditFilter(admin, "technician.changed", ServiceWorld.TECHNICIAN, null, null, null), 1)
			.items().get(0).details()).startsWith("hours: MONDAY 07:00–18:00, TUESDAY").endsWith(" → MONDAY 09:00–10:30");
	}

	@Test
	void aDeactivatedTechnicianIsNoLongerOffered() throws Exception {
		assertThat(search.search(ServiceWorld.query()).days()).isNotEmpty();

		mvc.perform(post(PAGES + "/" + ana + "/deactivate").with(asAdmin).with(csrf()))
			.andExpect(redirectedUrl(PAGES + "/" + ana + "?deactivated"));

		assertThat(search.search(ServiceWorld.query()).days()).isEmpty();
		mvc.perform(get("/api/v1/technicians/" + ana).with(DISPATCHER)).andExpect(jsonPath("$.active").value(false));
		assertThat(audit.find(new AuditFilter(admin, "technician.deactivated", null, null, null, null), 1).items())
			.singleElement()
			.satisfies(entry -> assertThat(entry.details()).isEqualTo("active: true → false"));
	}

	@Test
	void everyInputOfTheEditPageHasItsLabel() throws Exception {
		String page = mvc.perform(get(PAGES + "/" + ana).with(asAdmin)).andReturn().getResponse().getContentAsString();

		Set<String> labelled = Pattern.compile("<label[^>]* for=\"([^\"]+)\"").matcher(page).results()
			.map(match -> match.group(1)).collect(Collectors.toSet());
		List<String> inputs = Pattern.compile("<(?:input|select)(?![^>]*type=\"hidden\")[^>]* id=\"([^\"]+)\"").matcher(page)
			.results().map(match -> match.group(1)).toList();
		// external id, name, status, zone, home ×2; one territory, skills 1 + 2 blank (×3), hours 7 + 3 blank (×4), time off 2 blank (×3)
		assertThat(inputs).hasSize(6 + 1 + 3 * 3 + 10 * 4 + 2 * 3).doesNotHaveDuplicates();
		assertThat(labelled).containsAll(inputs);
	}

	@Test
	void theFormShowsEachProblemNextToItsField() throws Exception {
		mvc.perform(post(PAGES + "/" + ana).with(asAdmin).with(csrf())
			.param("name", " ").param("active", "true").param("timeZone", "Mars/Olympus")
			.param("homeLat", "91").param("homeLon", "east")
			.param("skills[0].skill", Long.toString(gas)).param("skills[0].level", "11")
			.param("hours[0].day", "MONDAY").param("hours[0].from", "09:00").param("hours[0].to", "12:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a number.")));
		mvc.perform(post(PAGES + "/" + ana).with(asAdmin).with(csrf())
			.param("name", " ").param("active", "true").param("timeZone", "Mars/Olympus")
			.param("homeLat", "91").param("homeLon", "-87")
			.param("skills[0].skill", Long.toString(gas)).param("skills[0].level", "11")
			.param("hours[0].day", "MONDAY").param("hours[0].from", "09:00").param("hours[0].to", "12:00")
			.param("hours[1].day", "MONDAY").param("hours[1].from", "11:00").param("hours[1].to", "13:00")
			.param("hours[2].day", "TUESDAY").param("hours[2].from", "13:00").param("hours[2].to", "12:00")
			.param("timeOff[0].from", "2026-12-24T12:00").param("timeOff[0].to", "2026-12-24T08:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please correct the marked fields.")))
			.andExpect(content().string(containsString("Enter a value.")))
			.andExpect(content().string(containsString("Choose a time zone from the list.")))
			.andExpect(content().string(containsString("Enter a number from -90 to 90.")))
			.andExpect(content().string(containsString("Enter a number from 0 to 10.")))
			.andExpect(content().string(containsString("Overlaps another period on the same day.")))
			.andExpect(content().string(containsString("The end must be after the start.")));
		assertThat(jdbc.queryForObject("SELECT name FROM technician WHERE id = ?", String.class, ana)).isEqualTo("Ana Ruiz");
	}

	@Test
	void theApiCreatesATechnicianAndNamesTheRefusedFields() throws Exception {
		mvc.perform(post("/api/v1/technicians").with(asAdmin).contentType(MediaType.APPLICATION_JSON).content("""
				{"externalId":"tech-cy","name":"Cy Park","timeZone":"America/Chicago","homeLat":41.8,"homeLon":-87.7,
				 "territories":[%d],"skills":[{"skill":%d,"level":3}],
				 "hours":[{"day":"MONDAY","from":"08:00","to":"12:00"},{"day":"MONDAY","from":"13:00","to":"17:00"}],
				 "timeOff":[{"from":"2026-12-24T00:00","to":"2026-12-27T00:00"}]}""".formatted(chicago, gas)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.externalId").value("tech-cy"))
			.andExpect(jsonPath("$.hours.length()").value(2));
		mvc.perform(post("/api/v1/technicians").with(asAdmin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"externalId\":\"tech-cy\",\"name\":\"Cy\",\"timeZone\":\"UTC\",\"homeLat\":0,\"homeLon\":0}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/technicians").with(asAdmin).contentType(MediaType.APPLICATION_JSON).content("""
				{"externalId":"tech-dee","name":"","timeZone":"UTC","homeLat":0,"homeLon":200,
				 "hours":[{"day":"MONDAY","from":"12:00","to":"08:00"}],"timeOff":[null]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasItem("name: Enter a value.")))
			.andExpect(jsonPath("$.errors", hasItem("homeLon: Enter a number from -180 to 180.")))
			.andExpect(jsonPath("$.errors", hasItem("hours[0].to: The end must be after the start.")))
			.andExpect(jsonPath("$.errors", hasItem("timeOff[0].from: Enter a value.")));
		mvc.perform(get("/api/v1/technicians/999999999").with(asAdmin)).andExpect(status().isNotFound());
		assertThat(audit.find(new AuditFilter(admin, "technician.created", "tech-cy", null, null, null), 1).total()).isEqualTo(1);
	}

	@Test
	void dispatchersReadTheApiButChangeNothingAndOpenNoPage() throws Exception {
		mvc.perform(get(PAGES).with(DISPATCHER)).andExpect(status().isForbidden());
		mvc.perform(get(PAGES + "/" + ana).with(DISPATCHER)).andExpect(status().isForbidden());
		mvc.perform(get(PAGES + "/new").with(DISPATCHER)).andExpect(status().isForbidden());
		mvc.perform(post(PAGES + "/" + ana + "/deactivate").with(DISPATCHER).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/technicians/" + ana).with(DISPATCHER)).andExpect(status().isOk());
		mvc.perform(patch("/api/v1/technicians/" + ana).with(DISPATCHER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"X\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/technicians/" + ana + "/deactivate").with(DISPATCHER)).andExpect(status().isForbidden());
		mvc.perform(get(PAGES)).andExpect(redirectedUrl("/admin/login"));
		mvc.perform(get(PAGES).with(user("sam@example.com").roles("CUSTOMER"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/technicians")).andExpect(status().isUnauthorized());
		assertThat(jdbc.queryForObject("SELECT active FROM technician WHERE id = ?", Boolean.class, ana)).isTrue();
	}

}
