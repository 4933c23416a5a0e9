package org.fieldbook.backoffice.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.Jobs;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A message's page: its text, the email's HTML in a sandboxed frame served under a sandboxing policy, the .ics to
 * read and download, what the provider answered, and the process that wrote it, one click away in Cockpit.
 */
@FieldbookIntegrationTest
class MessageDetailTest {

	private static final RequestPostProcessor DISPATCHER = user("dora").roles("STAFF", "DISPATCHER");

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SlotSearchService slots;

	@Autowired
	BookingService bookings;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	BookedVisit visit;

	long email;

	@BeforeEach
	void aConfirmationSent() {
		ServiceWorld world = worlds.create();
		Slot slot = slots.search(ServiceWorld.query()).days().get(2).slots().get(0);
		visit = bookings.book(world.booking(slot, null));
		Jobs.runDue(management);
		email = jdbc.queryForObject("SELECT id FROM notification WHERE type = 'BOOKING_CONFIRMED' AND channel = 'EMAIL'", Long.class);
	}

	@Test
	void theNotificationProcessKeepsItsInstanceAndThePageLinksToItInCockpit() throws Exception {
		String instance = jdbc.queryForObject("SELECT process_instance_id FROM notification WHERE id = ?", String.class, email);
		assertThat(instance).isNotNull();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionKey())
			.isEqualTo("notification");

		mvc.perform(get("/admin/notifications/{id}", email).with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/camunda/app/cockpit/default/#/process-instance/" + instance + "\"")))
			.andExpect(content().string(containsString(visit.reference())))
			.andExpect(content().string(containsString("SENT")));
	}

	@Test
	void theEmailsHtmlIsShownInASandboxedFrameFromASandboxedDocument() throws Exception {
		mvc.perform(get("/admin/notifications/{id}", email).with(DISPATCHER))
			.andExpect(content().string(containsString("<iframe class=\"message-frame\" sandbox=\"\" src=\"/admin/notifications/" + email + "/html\"")));

		mvc.perform(get("/admin/notifications/{id}/html", email).with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", startsWith("sandbox;")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("script-src"))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'self'")))
			.andExpect(header().string("Content-Type", startsWith("text/html")))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString(visit.reference())));
	}

	@Test
	void theCalendarEntryIsShownAndCanBeDownloaded() throws Exception {
		mvc.perform(get("/admin/notifications/{id}", email).with(DISPATCHER))
			.andExpect(content().string(containsString("BEGIN:VCALENDAR")))
			.andExpect(content().string(containsString("/admin/notifications/" + email + "/calendar.ics")));
		mvc.perform(get("/admin/notifications/{id}/calendar.ics", email).with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/calendar")))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"message-" + email + ".ics\""))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().string(startsWith("BEGIN:VCALENDAR")));
	}

	@Test
	void anSmsShowsItsTextTheProvidersCodeAndTheLastError() throws Exception {
		long sms = jdbc.queryForObject("""
				INSERT INTO notification (idempotency_key, type, channel, recipient, booking_id, body, state, provider_id,
				                          provider_code, provider_message, last_error, attempts)
				VALUES ('sms-test', 'BOOKING_REMINDER', 'SMS', '+13125550100', ?, 'Fieldbook: your visit tomorrow', 'FAILED',
				        'SM-77', '21211', 'Invalid To number', '21211: Invalid To number', 2) RETURNING id""", Long.class, visit.bookingId());
		mvc.perform(get("/admin/notifications/{id}", sms).with(DISPATCHER))
			.andExpect(content().string(containsString("Text of the SMS")))
			.andExpect(content().string(containsString("Fieldbook: your visit tomorrow")))
			.andExpect(content().string(containsString("SM-77")))
			.andExpect(content().string(containsString(">21211<")))
			.andExpect(content().string(containsString("21211: Invalid To number")))
			.andExpect(content().string(not(containsString("<iframe"))));
		mvc.perform(get("/admin/notifications/{id}/html", sms).with(DISPATCHER)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/notifications/{id}/calendar.ics", sms).with(DISPATCHER)).andExpect(status().isNotFound());

		mvc.perform(get("/api/v1/notifications/{id}", sms).with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.body").value("Fieldbook: your visit tomorrow"))
			.andExpect(jsonPath("$.providerId").value("SM-77"))
			.andExpect(jsonPath("$.providerCode").value("21211"))
			.andExpect(jsonPath("$.bookingReference").value(visit.reference()));
		mvc.perform(get("/api/v1/notifications/{id}", 999_999).with(DISPATCHER))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No message 999999"));
		mvc.perform(get("/api/v1/notifications").param("type", "<script>").with(DISPATCHER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("type: not a valid value"));
	}

	@Test
	void onlyDispatchersAndAdminsReadMessages() throws Exception {
		for (String path : new String[] { "/admin/notifications", "/admin/notifications/" + email,
				"/admin/notifications/" + email + "/html", "/admin/notifications/" + email + "/calendar.ics" }) {
			mvc.perform(get(path)).andExpect(redirectedUrl("/admin/login"));
			mvc.perform(get(path).with(user("olga").roles("STAFF"))).andExpect(status().isForbidden());
			mvc.perform(get(path).with(user(ServiceWorld.CONTACT_EMAIL).roles("CUSTOMER"))).andExpect(status().isForbidden());
			mvc.perform(get(path).with(user("ada").roles("STAFF", "ADMIN"))).andExpect(status().isOk());
		}
		mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/notifications/{id}", email).with(httpBasic(ServiceWorld.CONTACT_EMAIL, "not staff")))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/notifications").with(user(ServiceWorld.CONTACT_EMAIL).roles("CUSTOMER")))
			.andExpect(status().isForbidden());
	}

}
