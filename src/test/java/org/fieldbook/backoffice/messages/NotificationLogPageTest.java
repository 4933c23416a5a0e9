package org.fieldbook.backoffice.messages;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.fieldbook.notification.Notification;
import org.fieldbook.notification.NotificationLog;
import org.fieldbook.notification.NotificationType;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Staff can read every message, including one kept unsent, with its link; customers and strangers cannot. */
@FieldbookIntegrationTest
class NotificationLogPageTest {

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	NotificationLog log;

	@Autowired
	JdbcTemplate jdbc;

	Notification kept;

	@BeforeEach
	void aMessageKeptUnsent() {
		worlds.create();
		kept = log.record(Notification.email("invitation:" + UUID.randomUUID() + ":INVITATION:once:EMAIL", NotificationType.INVITATION,
				null, null, "noa@example.org", "Fieldbook Services: book your service visits online",
				"Hello Noa,\nAccept the invitation: http://localhost:8080/invitation/abcDEF", "<p>Hello Noa</p>",
				TestClock.DEFAULT));
		jdbc.update("UPDATE notification SET state = 'SKIPPED', provider_message = 'not sent — no provider configured' WHERE id = ?",
				kept.getId());
	}

	@Test
	void staffSeeTheListAndTheContentOfAMessageThatWasNotSent() throws Exception {
		mvc.perform(get("/admin/notifications").with(user("dora").roles("STAFF", "DISPATCHER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("noa@example.org")))
			.andExpect(content().string(containsString("not sent — no provider configured")));
		mvc.perform(get("/admin/notifications/{id}", kept.getId()).with(user("dora").roles("STAFF", "DISPATCHER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("http://localhost:8080/invitation/abcDEF")))
			.andExpect(content().string(not(containsString("<p>Hello Noa</p>"))));
		mvc.perform(get("/admin/notifications/{id}", 999_999).with(user("dora").roles("STAFF")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theLogIsForStaffOnly() throws Exception {
		mvc.perform(get("/admin/notifications")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/login"));
	}

}
