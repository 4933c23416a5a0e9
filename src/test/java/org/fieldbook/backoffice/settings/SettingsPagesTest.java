package org.fieldbook.backoffice.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.fieldbook.backoffice.audit.AuditFilter;
import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.booking.ReminderProcess;
import org.fieldbook.customer.Contacts;
import org.fieldbook.invitation.PortalAccountService;
import org.fieldbook.settings.MessagingSettings.CommunicationType;
import org.fieldbook.settings.PortalSettingsService;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.PortalSignIn;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Admins change the General and Self-scheduling tabs: checked per field, audited, effective at once, never over a newer save. */
@FieldbookIntegrationTest
class SettingsPagesTest {

	private static final RequestPostProcessor ADA = user("ada").roles("STAFF", "ADMIN");

	private static final RequestPostProcessor BERT = user("bert").roles("STAFF", "ADMIN");

	private static final RequestPostProcessor DORA = user("dora").roles("STAFF", "DISPATCHER");

	private static final Pattern FIRST_TIME = Pattern.compile("name=\"slot\" value=\"([^\"|]+)\\|");

	private static final Map<String, String> VALID = Map.of("minimumLeadDays", "1", "maximumLeadDays", "30",
			"maximumTravelRadiusKm", "0", "slotStepMinutes", "30", "cancelCutoffHours", "24", "reminderWindowDays", "1",
			"invitationValidityDays", "14", "linkValidityDays", "30", "earlierTimeOfferMinutes", "30");

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	PortalSettingsService settings;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	@Autowired
	PortalAccountService portalAccounts;

	@Autowired
	Contacts contacts;

	ServiceWorld world;

	SettingsRestore before;

	@BeforeEach
	void world() {
		world = worlds.create();
		before = SettingsRestore.of(settings);
	}

	@AfterEach
	void restore() {
		before.restore(settings);
	}

	@Test
	void theSettingsOpenAtTheGeneralTab() throws Exception {
		mvc.perform(get("/admin/settings").with(ADA)).andExpect(redirectedUrl("/admin/settings/general"));
		mvc.perform(get("/admin/settings/general").with(ADA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"" + settings.version().number() + "\"")))
			.andExpect(content().string(containsString("aria-current=\"page\">General</a>")))
			.andExpect(content().string(containsString("Customers may sign in with a password")))
			.andExpect(content().string(containsString("Earlier-time offers</label>")))
			.andExpect(content().string(containsString("href=\"/camunda/app/cockpit/default/#/processes\"")));
	}

	@Test
	void theSelfSchedulingTabShowsWhenTheReminderRunIsNextDueAndLinksItsModel() throws Exception {
		Job timer = management.createJobQuery().processDefinitionKey(ReminderProcess.KEY).timers().singleResult();
		String due = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC).format(timer.getDuedate().toInstant());

		mvc.perform(get("/admin/settings/self-scheduling").with(ADA))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The next reminder run is due at " + due + " UTC."),
					containsString("change it in Camunda Modeler"),
					containsString("href=\"/camunda/app/cockpit/default/#/process-definition/" + timer.getProcessDefinitionId() + "\""))));
	}

	@Test
	void eachSelfSchedulingFieldIsCheckedAndNothingIsWrittenWhenOneIsRefused() throws Exception {
		long version = settings.version().number();
		String page = mvc.perform(selfScheduling(ADA, version, Map.of("minimumLeadDays", "366", "maximumLeadDays", "-1",
				"maximumTravelRadiusKm", "-5", "slotStepMinutes", "20", "cancelCutoffHours", "721", "reminderWindowDays", "8",
				"invitationValidityDays", "0", "linkValidityDays", "366")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		for (String field : List.of("minimumLeadDays", "maximumLeadDays", "maximumTravelRadiusKm", "cancelCutoffHours",
				"reminderWindowDays", "invitationValidityDays", "linkValidityDays")) {
			assertThat(page).as(field).contains("id=\"" + field + "-error\"").containsPattern(
					"aria-invalid=\"true\"\\s+aria-describedby=\"" + field + "-hint " + field + "-error\"");
		}
		assertThat(page).contains("Enter a whole number from 0 to 365.", "Enter a whole number from 1 to 7.",
				"Enter a whole number from 0 to 720.", "Choose 15, 30 or 60 minutes.", "id=\"slotStepMinutes-error\"",
				"value=\"366\"", "value=\"721\"");
		assertThat(settings.version().number()).isEqualTo(version);
		assertThat(settings.scheduling().minLeadDays()).isEqualTo(1);
	}

	@Test
	void anEarlierTimeOfferHeldUnderFiveOrOverADayIsRefusedAtTheFieldAndFortyFiveMinutesSavedAndAudited() throws Exception {
		long version = settings.version().number();
		for (String minutes : List.of("4", "1441")) {
			String page = mvc.perform(selfScheduling(ADA, version, Map.of("earlierTimeOfferMinutes", minutes)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();

			assertThat(page).as(minutes).contains("Minutes a freed time is held for one customer",
					"id=\"earlierTimeOfferMinutes-error\" class=\"error\">Enter a whole number from 5 to 1,440.</p>",
					"name=\"earlierTimeOfferMinutes\" value=\"" + minutes + "\"")
				.containsPattern("aria-invalid=\"true\"\\s+aria-describedby=\"earlierTimeOfferMinutes-hint earlierTimeOfferMinutes-error\"");
		}
		assertThat(settings.version().number()).isEqualTo(version);
		assertThat(settings.messaging().earlierTimeOfferMinutes()).isEqualTo(30);

		mvc.perform(selfScheduling(ADA, version, Map.of("earlierTimeOfferMinutes", "45")))
			.andExpect(redirectedUrl("/admin/settings/self-scheduling?saved"));

		assertThat(settings.messaging().earlierTimeOfferMinutes()).isEqualTo(45);
		assertThat(newestAudited("earlierTimeOfferMinutes").details()).isEqualTo("30 → 45");
		mvc.perform(get("/admin/settings/self-scheduling").with(ADA))
			.andExpect(content().string(allOf(containsString("name=\"earlierTimeOfferMinutes\" value=\"45\""),
					containsString("min=\"5\" max=\"1440\""))));
	}

	@Test
	void aMinimumLeadTimeAboveTheMaximumIsRefused() throws Exception {
		mvc.perform(selfScheduling(ADA, settings.version().number(), Map.of("minimumLeadDays", "10", "maximumLeadDays", "5")))
			.andExpect(content().string(containsString("The minimum lead time (10 days) may not be longer than the maximum (5 days).")));
		assertThat(settings.scheduling().minLeadDays()).isEqualTo(1);
		assertThat(settings.scheduling().maxLeadDays()).isEqualTo(30);
	}

	@Test
	void aSlotStepOfTwentyMinutesIsRefusedAndOneOfFifteenSaved() throws Exception {
		mvc.perform(selfScheduling(ADA, settings.version().number(), Map.of("slotStepMinutes", "20")))
			.andExpect(content().string(containsString("Choose 15, 30 or 60 minutes.")));
		assertThat(settings.scheduling().slotStepMinutes()).isEqualTo(30);

		mvc.perform(selfScheduling(ADA, settings.version().number(), Map.of("slotStepMinutes", "15")))
			.andExpect(redirectedUrl("/admin/settings/self-scheduling?saved"));
		assertThat(settings.scheduling().slotStepMinutes()).isEqualTo(15);
	}

	@Test
	void anEmptyOrNonNumericFieldIsRefusedWithoutAnInternalMessage() throws Exception {
		mvc.perform(selfScheduling(ADA, settings.version().number(), Map.of("minimumLeadDays", "", "maximumLeadDays", "many")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Please fill in this field."),
					containsString("Enter a whole number."),
					not(containsString("java.lang")), not(containsString("NumberFormatException")))));
		assertThat(settings.scheduling().maxLeadDays()).isEqualTo(30);
	}

	@Test
	void aSavedMinimumLeadTimeMovesThePortalsFirstOfferedDateAtOnceAndIsAudited() throws Exception {
		MockHttpSession sam = PortalSignIn.asNewCustomer(mvc, portalAccounts, contacts, world.contactId,
				ServiceWorld.CONTACT_EMAIL);
		LocalDate before = firstOfferedDate(sam);
		long maximumAudited = audited("maximumLeadDays");

		mvc.perform(selfScheduling(ADA, settings.version().number(), Map.of("minimumLeadDays", "3")))
			.andExpect(redirectedUrl("/admin/settings/self-scheduling?saved"));

		assertThat(firstOfferedDate(sam)).isEqualTo(before.plusDays(2));
		assertThat(newestAudited("minimumLeadDays").details()).isEqualTo("1 → 3");
		assertThat(audited("maximumLeadDays")).as("an unchanged field is not audited").isEqualTo(maximumAudited);
	}

	@Test
	void aSaveOverANewerVersionIsRefusedWithTheNameOfTheFirstAdminAndKeepsTheInput() throws Exception {
		long read = settings.version().number();
		clock.set(Instant.parse("2026-12-01T09:15:00Z"));
		mvc.perform(selfScheduling(ADA, read, Map.of("minimumLeadDays", "2")))
			.andExpect(redirectedUrl("/admin/settings/self-scheduling?saved"));

		String page = mvc.perform(selfScheduling(BERT, read, Map.of("minimumLeadDays", "5", "cancelCutoffHours", "48")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("These settings were changed by ada at 2026-12-01 09:15:00 UTC. Your changes were not saved",
				"name=\"minimumLeadDays\" value=\"5\"", "name=\"cancelCutoffHours\" value=\"48\"",
				"id=\"minimumLeadDays-saved\"", "Saved now: 2", "name=\"version\" value=\"" + (read + 1) + "\"");
		assertThat(settings.scheduling().minLeadDays()).isEqualTo(2);
		assertThat(settings.portalRules().cancelCutoffHours()).isEqualTo(24);
		assertThat(settings.version().changedBy()).isEqualTo("ada");
		assertThat(audit.find(new AuditFilter("bert", null, null, null, null, null), 1).total()).isZero();
	}

	@Test
	void theGeneralTabSavesMessagingAndSignInAndAuditsEachField() throws Exception {
		mvc.perform(post("/admin/settings/general").with(ADA).with(csrf())
			.param("version", String.valueOf(settings.version().number()))
			.param("invitations", "NEW_CONTACTS")
			.param("communicationType", "EMAIL")
			.param("messageInvitation", "true")
			.param("_messageInvitation", "on")
			.param("_messageBookingConfirmed", "on")
			.param("messageBookingReminder", "true")
			.param("_messageBookingReminder", "on")
			.param("_messageBookingRescheduled", "on")
			.param("_messageBookingCanceled", "on")
			.param("_messageBookingCompleted", "on")
			.param("_messageEarlierTimeOffered", "on")
			.param("_passwordSignIn", "on"))
			.andExpect(redirectedUrl("/admin/settings/general?saved"));

		assertThat(settings.messaging().communicationType()).isEqualTo(CommunicationType.EMAIL);
		assertThat(settings.messaging().bookingConfirmed()).isFalse();
		assertThat(settings.messaging().bookingReminder()).isTrue();
		assertThat(settings.messaging().inviteAccountContacts()).isTrue();
		assertThat(settings.portalRules().passwordSignIn()).isFalse();
		assertThat(settings.messaging().earlierTimeOffered()).isFalse();
		assertThat(newestAudited("communicationType").details()).isEqualTo("BOTH → EMAIL");
		assertThat(newestAudited("messageEarlierTimeOffered").details()).isEqualTo("true → false");
		assertThat(newestAudited("passwordSignIn").details()).isEqualTo("true → false");
	}

	@Test
	void anAccountAndAServiceTypeAreFoundExcludedAndRemovedAgain() throws Exception {
		mvc.perform(get("/admin/settings/general").param("accountSearch", "lee HOUSE").with(ADA))
			.andExpect(content().string(allOf(containsString("Lee household (acc-chicago)"),
					containsString("name=\"accountId\" value=\"" + world.accountId + "\""))));
		mvc.perform(get("/admin/settings/general").param("accountSearch", "%").with(ADA))
			.andExpect(content().string(containsString("Nothing found.")));

		mvc.perform(post("/admin/settings/general/excluded-accounts").with(ADA).with(csrf())
			.param("accountId", String.valueOf(world.accountId)).param("accountSearch", "lee"))
			.andExpect(redirectedUrl("/admin/settings/general?excluded&accountSearch=lee#exclusions"));
		mvc.perform(post("/admin/settings/general/excluded-service-types").with(ADA).with(csrf())
			.param("serviceTypeId", String.valueOf(world.serviceTypeId)))
			.andExpect(redirectedUrl("/admin/settings/general?excluded#exclusions"));

		assertThat(settings.excludedFromMessaging(world.accountId, null)).isTrue();
		assertThat(settings.excludedFromMessaging(null, world.serviceTypeId)).isTrue();
		mvc.perform(get("/admin/settings/general").param("serviceTypeSearch", "boiler").with(ADA))
			.andExpect(content().string(allOf(containsString("/admin/settings/general/excluded-accounts/" + world.accountId + "/remove"),
					containsString("already excluded"))));
		assertThat(audit.find(new AuditFilter("ada", "settings.exclusion-added", "account acc-chicago", null, null, null), 1)
			.items().get(0).details()).isEqualTo("Lee household: messages → no messages");

		mvc.perform(post("/admin/settings/general/excluded-accounts/{id}/remove", world.accountId).with(ADA).with(csrf()))
			.andExpect(redirectedUrl("/admin/settings/general?removed#exclusions"));
		mvc.perform(post("/admin/settings/general/excluded-service-types/{id}/remove", world.serviceTypeId).with(ADA).with(csrf()));
		assertThat(settings.messagingExclusions().accounts()).isEmpty();
		assertThat(settings.messagingExclusions().serviceTypes()).isEmpty();
		assertThat(audit.find(new AuditFilter("ada", "settings.exclusion-removed", null, null, null, null), 1).items())
			.extracting(AuditTrail.Entry::subject)
			.startsWith("service type boiler-service", "account acc-chicago");
		mvc.perform(post("/admin/settings/general/excluded-accounts").with(ADA).with(csrf()).param("accountId", "-1"))
			.andExpect(status().isNotFound());
	}

	@Test
	void invitingAllExistingContactsCountsAsksAndStartsOncePerEmail() throws Exception {
		long sameEmail = jdbc.queryForObject("""
				INSERT INTO contact (external_id, first_name, last_name, email) VALUES ('c-sam-2', 'Samantha', 'Lee', 'SAM@example.com')
				RETURNING id""", Long.class);
		jdbc.update("INSERT INTO account_contact (account_id, contact_id) VALUES (?, ?)", world.accountId, sameEmail);

		mvc.perform(post("/admin/settings/general").with(ADA).with(csrf())
			.param("version", String.valueOf(settings.version().number()))
			.param("invitations", "ALL_CONTACTS").param("communicationType", "BOTH"))
			.andExpect(redirectedUrl("/admin/settings/general/invite-existing"));
		assertThat(settings.messaging().inviteAccountContacts()).isTrue();
		mvc.perform(get("/admin/settings/general/invite-existing").with(ADA))
			.andExpect(content().string(allOf(containsString("Contacts to invite now: 1."), containsString("Start 1 invitations"))));

		mvc.perform(post("/admin/settings/general/invite-existing").with(ADA).with(csrf()))
			.andExpect(redirectedUrl("/admin/settings/general?invited"))
			.andExpect(flash().attribute("invited", 1));
		mvc.perform(get("/admin/settings/general/invite-existing").with(ADA))
			.andExpect(content().string(allOf(containsString("Contacts to invite now: 0."), not(containsString("Start 0")))));
		mvc.perform(post("/admin/settings/general/invite-existing").with(ADA).with(csrf()))
			.andExpect(flash().attribute("invited", 0));

		assertThat(audit.find(new AuditFilter("ada", "invitation.all-existing-started", null, null, null, null), 1).items())
			.extracting(AuditTrail.Entry::details)
			.containsExactly("0 invitations started", "1 invitations started");
	}

	@Test
	void dispatchersMayNeitherOpenNorChangeTheSettings() throws Exception {
		for (String page : List.of("/admin/settings", "/admin/settings/general", "/admin/settings/self-scheduling",
				"/admin/settings/general/invite-existing")) {
			mvc.perform(get(page).with(DORA)).andExpect(status().isForbidden());
		}
		for (String action : List.of("/admin/settings/general", "/admin/settings/self-scheduling",
				"/admin/settings/general/invite-existing", "/admin/settings/general/excluded-accounts",
				"/admin/settings/general/excluded-accounts/1/remove", "/admin/settings/general/excluded-service-types",
				"/admin/settings/general/excluded-service-types/1/remove")) {
			mvc.perform(post(action).with(DORA).with(csrf()).param("version", "0").param("accountId", "1")
				.param("serviceTypeId", "1")).andExpect(status().isForbidden());
		}
		assertThat(settings.version().changedBy()).isNull();
	}

	/** The self-scheduling form as the page sends it: every field valid unless {@code values} says otherwise. */
	private static MockHttpServletRequestBuilder selfScheduling(RequestPostProcessor admin, long version,
			Map<String, String> values) {
		MockHttpServletRequestBuilder request = post("/admin/settings/self-scheduling").with(admin).with(csrf())
			.param("version", String.valueOf(version))
			.param("assetSelection", "true")
			.param("_assetSelection", "on")
			.param("additionalDetails", "true")
			.param("_additionalDetails", "on");
		VALID.forEach((field, value) -> request.param(field, values.getOrDefault(field, value)));
		return request;
	}

	private long audited(String field) {
		return audit.find(new AuditFilter("ada", AuditedSettings.CHANGED, field, null, null, null), 1).total();
	}

	private AuditTrail.Entry newestAudited(String field) {
		return audit.find(new AuditFilter("ada", AuditedSettings.CHANGED, field, null, null, null), 1).items().get(0);
	}

	private LocalDate firstOfferedDate(MockHttpSession customer) throws Exception {
		String page = mvc.perform(get("/schedule").param("serviceType", ServiceWorld.SERVICE_TYPE).session(customer))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Matcher first = FIRST_TIME.matcher(page);
		assertThat(first.find()).as("the portal offers a time").isTrue();
		return LocalDate.ofInstant(Instant.parse(first.group(1)), ZoneId.of("America/Chicago"));
	}

}
