package org.fieldbook.backoffice.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.fieldbook.backoffice.audit.AuditFilter;
import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.settings.SelfSchedulingChange;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Scripts read the settings with their ETag and change the fields they name, only over the version they read. */
@FieldbookIntegrationTest
class SettingsApiTest {

	private static final RequestPostProcessor ADA = user("ada").roles("STAFF", "ADMIN");

	private static final RequestPostProcessor DORA = user("dora").roles("STAFF", "DISPATCHER");

	private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalSettingsService settings;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	SettingsRestore before;

	@BeforeEach
	void remember() {
		before = SettingsRestore.of(settings);
	}

	@AfterEach
	void restore() {
		before.restore(settings);
	}

	@Test
	void anyStaffMemberReadsTheSettingsWithTheirEtag() throws Exception {
		String etag = settings.version().etag();
		mvc.perform(get("/api/v1/settings").with(DORA))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", etag))
			.andExpect(jsonPath("$.version").value(settings.version().number()))
			.andExpect(jsonPath("$.general.communicationType").value(settings.messaging().communicationType().name()))
			.andExpect(jsonPath("$.general.passwordSignIn").value(settings.portalRules().passwordSignIn()))
			.andExpect(jsonPath("$.selfScheduling.minimumLeadDays").value(settings.scheduling().minLeadDays()))
			.andExpect(jsonPath("$.selfScheduling.slotStepMinutes").value(settings.scheduling().slotStepMinutes()))
			.andExpect(jsonPath("$.selfScheduling.linkValidityDays").value(settings.messaging().linkCodeValidityDays()))
			.andExpect(jsonPath("$.general.messageEarlierTimeOffered").value(settings.messaging().earlierTimeOffered()))
			.andExpect(jsonPath("$.selfScheduling.earlierTimeOfferMinutes").value(settings.messaging().earlierTimeOfferMinutes()));
	}

	@Test
	void aPatchChangesOnlyTheNamedFieldsAndAnswersTheNewEtag() throws Exception {
		int maximum = settings.scheduling().maxLeadDays();
		int cutoff = settings.portalRules().cancelCutoffHours();
		String etag = settings.version().etag();

		mvc.perform(patch("/api/v1/settings").with(ADA).header("If-Match", etag).contentType(MERGE_PATCH)
			.content("{\"selfScheduling\":{\"minimumLeadDays\":4},\"general\":{\"messageBookingCompleted\":false}}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", settings.version().etag()))
			.andExpect(jsonPath("$.selfScheduling.minimumLeadDays").value(4))
			.andExpect(jsonPath("$.selfScheduling.maximumLeadDays").value(maximum))
			.andExpect(jsonPath("$.general.messageBookingCompleted").value(false));

		assertThat(settings.version().etag()).isNotEqualTo(etag);
		assertThat(settings.scheduling().minLeadDays()).isEqualTo(4);
		assertThat(settings.portalRules().cancelCutoffHours()).isEqualTo(cutoff);
		assertThat(settings.messaging().bookingCompleted()).isFalse();
		assertThat(audit.find(new AuditFilter("ada", AuditedSettings.CHANGED, "minimumLeadDays", null, null, null), 1)
			.items()).first().satisfies(entry -> assertThat(entry.details()).endsWith(" → 4"));
	}

	@Test
	void theEarlierTimeOfferIsTurnedOffAndItsMinutesChangedOnlyWithinFiveToADayAndAudited() throws Exception {
		long version = settings.version().number();
		for (int minutes : List.of(4, 1441)) {
			mvc.perform(patch("/api/v1/settings").with(ADA).header("If-Match", settings.version().etag())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"selfScheduling\":{\"earlierTimeOfferMinutes\":" + minutes + "},"
						+ "\"general\":{\"messageEarlierTimeOffered\":false}}"))
				.andExpect(status().isUnprocessableEntity())
				.andExpect(jsonPath("$.errors[0].field").value("selfScheduling.earlierTimeOfferMinutes"))
				.andExpect(jsonPath("$.errors[0].message").value("Enter a whole number from 5 to 1,440."))
				.andExpect(jsonPath("$.errors.length()").value(1));
		}
		assertThat(settings.version().number()).isEqualTo(version);
		assertThat(settings.messaging().earlierTimeOffered()).isTrue();

		mvc.perform(patch("/api/v1/settings").with(ADA).header("If-Match", settings.version().etag())
			.contentType(MERGE_PATCH)
			.content("{\"selfScheduling\":{\"earlierTimeOfferMinutes\":45},\"general\":{\"messageEarlierTimeOffered\":false}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.selfScheduling.earlierTimeOfferMinutes").value(45))
			.andExpect(jsonPath("$.general.messageEarlierTimeOffered").value(false));

		assertThat(settings.messaging().earlierTimeOfferMinutes()).isEqualTo(45);
		assertThat(settings.messaging().earlierTimeOffered()).isFalse();
		assertThat(audit.find(new AuditFilter("ada", AuditedSettings.CHANGED, "earlierTimeOfferMinutes", null, null, null), 1)
			.items()).first().satisfies(entry -> assertThat(entry.details()).isEqualTo("30 → 45"));
		assertThat(audit.find(new AuditFilter("ada", AuditedSettings.CHANGED, "messageEarlierTimeOffered", null, null, null), 1)
			.items()).first().satisfies(entry -> assertThat(entry.details()).isEqualTo("true → false"));
	}

	@Test
	void theDisplaySectionIsReadAndChangedFieldByFieldLikeTheOthers() throws Exception {
		mvc.perform(get("/api/v1/settings").with(DORA))
			.andExpect(jsonPath("$.display.companyName").value(settings.branding().companyName()))
			.andExpect(jsonPath("$.display.accentColor").value(settings.branding().foregroundColor()));
		String font = settings.branding().fontFamily();

		mvc.perform(patch("/api/v1/settings").with(ADA).header("If-Match", settings.version().etag())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"display\":{\"companyName\":\"Northwind Heating\",\"accentColor\":\"#0A5C36\"}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.display.companyName").value("Northwind Heating"))
			.andExpect(jsonPath("$.display.accentColor").value("#0a5c36"))
			.andExpect(jsonPath("$.display.fontFamily").value(font));
		assertThat(settings.branding().companyName()).isEqualTo("Northwind Heating");

		long version = settings.version().number();
		mvc.perform(patch("/api/v1/settings").with(ADA).header("If-Match", settings.version().etag())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"display\":{\"fontColor\":\"red\"},\"selfScheduling\":{\"minimumLeadDays\":2}}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("display.fontColor"));
		assertThat(settings.version().number()).isEqualTo(version);
	}

	@Test
	void aStaleIfMatchIsRefusedNamingWhoChangedTheSettingsAndWhen() throws Exception {
		String read = settings.version().etag();
		clock.set(Instant.parse("2026-12-01T09:15:00Z"));
		settings.change(settings.version().number(), "ada", List.of(new SelfSchedulingChange(2, null, null, null, null,
				null, null, null, null, null, null)));

		mvc.perform(patch("/api/v1/settings").with(ADA).header("If-Match", read).contentType(MediaType.APPLICATION_JSON)
			.content("{\"selfScheduling\":{\"minimumLeadDays\":6}}"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("ETag", settings.version().etag()))
			.andExpect(jsonPath("$.detail").value(containsString("changed by ada at 2026-12-01T09:15:00Z")))
			.andExpect(jsonPath("$.changedBy").value("ada"));
		assertThat(settings.scheduling().minLeadDays()).isEqualTo(2);

		mvc.perform(patch("/api/v1/settings").with(ADA).header("If-Match", "W/\"whatever\"").contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isPreconditionFailed());
	}

	@Test
	void aPatchWithoutIfMatchIsRefusedAsPreconditionRequired() throws Exception {
		long version = settings.version().number();
		mvc.perform(patch("/api/v1/settings").with(ADA).contentType(MediaType.APPLICATION_JSON)
			.content("{\"selfScheduling\":{\"minimumLeadDays\":6}}"))
			.andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.detail").value(containsString("If-Match")));
		assertThat(settings.version().number()).isEqualTo(version);
	}

	@Test
	void invalidValuesAreRefusedListingEveryFieldAndNothingIsWritten() throws Exception {
		long version = settings.version().number();
		mvc.perform(patch("/api/v1/settings").with(ADA).header("If-Match", settings.version().etag())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"selfScheduling\":{\"minimumLeadDays\":40,\"maximumLeadDays\":10,\"slotStepMinutes\":20,\"reminderWindowDays\":3},"
					+ "\"general\":{\"communicationType\":\"SMS\"}}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("selfScheduling.minimumLeadDays"))
			.andExpect(jsonPath("$.errors[0].message").value("The minimum lead time (40 days) may not be longer than the maximum (10 days)."))
			.andExpect(jsonPath("$.errors[1].field").value("selfScheduling.slotStepMinutes"))
			.andExpect(jsonPath("$.errors.length()").value(2));
		assertThat(settings.version().number()).isEqualTo(version);
		assertThat(settings.messaging().reminderWindowDays()).isEqualTo(before.selfScheduling().reminderWindowDays());
		assertThat(settings.messaging().communicationType()).isEqualTo(before.general().communicationType());
	}

	@Test
	void anUnknownFieldOrSectionIsABadRequest() throws Exception {
		String etag = settings.version().etag();
		mvc.perform(patch("/api/v1/settings").with(ADA).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
			.content("{\"selfScheduling\":{\"minimumLeadDay\":3}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("unknown field \"minimumLeadDay\"")))
			.andExpect(content().string(not(containsString("org.fieldbook"))));
		mvc.perform(patch("/api/v1/settings").with(ADA).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
			.content("{\"colours\":{}}"))
			.andExpect(status().isBadRequest());
		mvc.perform(patch("/api/v1/settings").with(ADA).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
			.content("{\"selfScheduling\":{\"minimumLeadDays\":\"soon\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("selfScheduling.minimumLeadDays")));
		assertThat(settings.version().etag()).isEqualTo(etag);
	}

	@Test
	void dispatchersMayNotPatchTheSettings() throws Exception {
		String etag = settings.version().etag();
		mvc.perform(patch("/api/v1/settings").with(DORA).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
			.content("{\"selfScheduling\":{\"minimumLeadDays\":3}}"))
			.andExpect(status().isForbidden());
		assertThat(settings.version().etag()).isEqualTo(etag);
	}

}
