package org.fieldbook.backoffice.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.fieldbook.backoffice.audit.AuditFilter;
import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.invitation.InvitationVariables;
import org.fieldbook.masterdata.ImportPreview;
import org.fieldbook.masterdata.ImportProblem;
import org.fieldbook.masterdata.ImportSummary.Counts;
import org.fieldbook.masterdata.MasterDataImporter;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An import file is previewed by the importer itself, rolled back, and applied as previewed. */
@FieldbookIntegrationTest
class ImportPreviewTest {

	private static final RequestPostProcessor ADMIN = user("ada").roles("STAFF", "ADMIN");

	/** Four accounts in Fieldbook before the file: b1 to b4, each with one contact. */
	private static final String BEFORE = "{\"accounts\":[" + account("b1", "Bakery") + "," + account("b2", "Bank") + ","
			+ account("b3", "Barber") + "," + account("b4", "Bistro") + "]}";

	/** Creates n1 and n2, renames b1, leaves b2 to b4 as they are. */
	private static final String FILE = "{\"accounts\":[" + account("b1", "Bakery & Sons") + "," + account("b2", "Bank")
			+ "," + account("b3", "Barber") + "," + account("b4", "Bistro") + "," + account("n1", "Nail salon") + ","
			+ account("n2", "Noodle bar") + "]}";

	/** The same file with n2 nameless and n1's contact without a valid email. */
	private static final String REJECTED = FILE.replace("\"name\":\"Noodle bar\"", "\"name\":\"\"")
		.replace("n1@example.com", "n1-example");

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	MasterDataImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	@BeforeEach
	void fourAccounts() {
		worlds.create();
		importer.importJson(new ByteArrayInputStream(BEFORE.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void thePreviewCountsWhatTheImportWouldDoAndWritesNothing() {
		long invitations = invitations();

		ImportPreview preview = importer.preview(json(FILE));

		assertThat(preview.accepted()).isTrue();
		assertThat(preview.counts()).containsEntry("accounts", new Counts(2, 1, 3)).containsEntry("contacts", new Counts(2, 0, 4));
		assertThat(jdbc.queryForList("SELECT name FROM account WHERE external_id LIKE 'b%' OR external_id LIKE 'n%' ORDER BY external_id",
				String.class)).containsExactly("Bakery", "Bank", "Barber", "Bistro");
		assertThat(invitations()).as("no invitation for a contact the preview only pretended to add").isEqualTo(invitations);
	}

	@Test
	void aRejectedFileIsPreviewedWithEveryProblemByRecordAndField() {
		ImportPreview preview = importer.preview(json(REJECTED));

		assertThat(preview.accepted()).isFalse();
		assertThat(preview.counts()).isEmpty();
		assertThat(preview.problems()).contains(new ImportProblem("accounts[5] (id \"n2\")", "name", "is missing"),
				new ImportProblem("accounts[4] (id \"n1\")", "contacts[0].email", "\"n1-example\" is not an email address"));
	}

	@Test
	void theScreenPreviewsThenAppliesExactlyThatFileAudited() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String page = mvc.perform(multipart("/admin/master-data/import/preview").file(file(FILE)).session(session).with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What importing company.json would change")))
			.andExpect(content().string(containsString("<th scope=\"row\">Accounts</th>\n          <td>2</td>\n          <td>1</td>\n          <td>3</td>")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM account WHERE external_id IN ('n1', 'n2')", Long.class)).isZero();

		mvc.perform(post("/admin/master-data/import/apply").param("digest", digest(page)).session(session).with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is imported.")))
			.andExpect(content().string(containsString("<th scope=\"row\">Accounts</th>\n          <td>2</td>\n          <td>1</td>\n          <td>3</td>")));

		assertThat(jdbc.queryForList("SELECT name FROM account WHERE external_id LIKE 'b%' OR external_id LIKE 'n%' ORDER BY external_id",
				String.class)).containsExactly("Bakery & Sons", "Bank", "Barber", "Bistro", "Nail salon", "Noodle bar");
		assertThat(audit.find(new AuditFilter("ada", "master-data.imported", "company.json", null, null, null), 1).items())
			.singleElement()
			.satisfies(entry -> assertThat(entry.details()).contains("accounts 2 created, 1 updated, 3 unchanged"));
		mvc.perform(post("/admin/master-data/import/apply").param("digest", digest(page)).session(session).with(ADMIN).with(csrf()))
			.andExpect(content().string(containsString("upload the file again")));
	}

	@Test
	void aPreviewIsKeptForThirtyMinutesOnly() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String page = mvc.perform(multipart("/admin/master-data/import/preview").file(file(FILE)).session(session).with(ADMIN).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		clock.advance(Duration.ofMinutes(31));

		mvc.perform(post("/admin/master-data/import/apply").param("digest", digest(page)).session(session).with(ADMIN).with(csrf()))
			.andExpect(content().string(containsString("upload the file again")));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM account WHERE external_id IN ('n1', 'n2')", Long.class)).isZero();
	}

	@Test
	void theScreenListsTheProblemsOfARejectedFileAndOffersNoApply() throws Exception {
		mvc.perform(multipart("/admin/master-data/import/preview").file(file(REJECTED)).with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file would be rejected whole, nothing imported: 2 problem(s).")))
			.andExpect(content().string(containsString("accounts[5] (id &quot;n2&quot;)")))
			.andExpect(content().string(containsString("contacts[0].email")))
			.andExpect(content().string(not(containsString("Apply this import"))));
	}

	@Test
	void theApiAnswersTheSamePreviewForADryRun() throws Exception {
		mvc.perform(post("/api/v1/import").param("dryRun", "true").contentType(MediaType.APPLICATION_JSON).content(FILE).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(true))
			.andExpect(jsonPath("$.counts.accounts.created").value(2))
			.andExpect(jsonPath("$.counts.accounts.updated").value(1))
			.andExpect(jsonPath("$.counts.accounts.unchanged").value(3));
		mvc.perform(post("/api/v1/import").param("dryRun", "true").contentType(MediaType.APPLICATION_JSON).content(REJECTED).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(false))
			.andExpect(jsonPath("$.problems[0].record").value("accounts[4] (id \"n1\")"))
			.andExpect(jsonPath("$.problems[0].field").value("contacts[0].email"));
		mvc.perform(post("/api/v1/import").param("dryRun", "true").contentType(MediaType.APPLICATION_JSON).content(FILE)
			.with(user("dora").roles("STAFF", "DISPATCHER"))).andExpect(status().isForbidden());

		assertThat(jdbc.queryForObject("SELECT count(*) FROM account WHERE external_id IN ('n1', 'n2')", Long.class)).isZero();
	}

	private long invitations() {
		return runtime.createProcessInstanceQuery().processDefinitionKey(InvitationVariables.PROCESS_KEY).count();
	}

	private static String digest(String page) {
		Matcher digest = Pattern.compile("name=\"digest\" value=\"([0-9a-f]{64})\"").matcher(page);
		assertThat(digest.find()).as("the apply form names the file's digest").isTrue();
		return digest.group(1);
	}

	private static MockMultipartFile file(String json) {
		return new MockMultipartFile("file", "company.json", MediaType.APPLICATION_JSON_VALUE, json.getBytes(StandardCharsets.UTF_8));
	}

	private static ByteArrayInputStream json(String json) {
		return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
	}

	private static String account(String id, String name) {
		return """
				{"id":"%s","name":"%s","active":true,"timeZone":"America/Chicago",
				 "address":{"line1":"1 Main St","city":"Chicago","postalCode":"60601","country":"US","lat":41.88,"lon":-87.63},
				 "contacts":[{"id":"%s-c","firstName":"Pat","lastName":"%s","email":"%s@example.com"}]}"""
			.formatted(id, name, id, id, id);
	}

}
