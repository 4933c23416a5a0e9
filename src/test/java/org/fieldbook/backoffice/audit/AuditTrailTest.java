package org.fieldbook.backoffice.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Admins read the audit log filtered and paged, on the screen and by the API; no one else reads it. */
@FieldbookIntegrationTest
class AuditTrailTest {

	private static final RequestPostProcessor ADMIN = user("ada").roles("STAFF", "ADMIN");

	private static final RequestPostProcessor DISPATCHER = user("dora").roles("STAFF", "DISPATCHER");

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	TestClock clock;

	@Test
	void theScreenFiltersByActorAndPagesFiftyNewestFirst() throws Exception {
		String actor = hundredTwentyEntries();

		mvc.perform(get("/admin/audit").param("actor", actor).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 1 of 3 (120 entries)")))
			.andExpect(content().string(containsString("aria-sort=\"descending\"")))
			.andExpect(content().string(containsString(">When (UTC) (Newest first)</a>")))
			.andExpect(content().string(containsString("FB-TEST-119")))
			.andExpect(content().string(not(containsString("FB-TEST-069<"))))
			.andExpect(content().string(containsString("href=\"/admin/audit?actor=" + actor + "&amp;page=2\"")));
		mvc.perform(get("/admin/audit").param("actor", actor).param("page", "3").with(ADMIN))
			.andExpect(content().string(containsString("Page 3 of 3 (120 entries)")))
			.andExpect(content().string(containsString("FB-TEST-000<")))
			.andExpect(content().string(not(containsString("FB-TEST-020<"))))
			.andExpect(content().string(containsString("rel=\"prev\"")))
			.andExpect(content().string(not(containsString("rel=\"next\""))));
		mvc.perform(get("/admin/audit").param("actor", actor).param("sort", "oldest").with(ADMIN))
			.andExpect(content().string(containsString(">When (UTC) (Oldest first)</a>")))
			.andExpect(content().string(containsString("href=\"/admin/audit?actor=" + actor + "&amp;page=1\"")))
			.andExpect(content().string(containsString("FB-TEST-000<")))
			.andExpect(content().string(not(containsString("FB-TEST-119<"))));
		mvc.perform(get("/admin/audit").param("actor", actor).param("subject", "FB-TEST-007").with(ADMIN))
			.andExpect(content().string(containsString("Page 1 of 1 (1 entries)")));
	}

	@Test
	void theDateRangeIncludesBothDays() {
		String actor = hundredTwentyEntries();
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

		// now is 12:00: today 00:00 to 12:00 every 15 minutes, yesterday from 06:15
		assertThat(trail.find(new AuditFilter(actor, null, null, today, today, null), 1).total()).isEqualTo(49);
		assertThat(trail.find(new AuditFilter(actor, null, null, today.minusDays(1), today.minusDays(1), null), 1).total())
			.isEqualTo(71);
		assertThat(trail.find(new AuditFilter(actor, null, null, today.minusDays(1), today, null), 1).total()).isEqualTo(120);
		assertThat(trail.find(new AuditFilter(actor, "link-code.blocked", null, null, null, null), 1).total()).isZero();
	}

	@Test
	void theApiAnswersTheSameEntriesAsAPage() throws Exception {
		String actor = hundredTwentyEntries();

		mvc.perform(get("/api/v1/audit").param("actor", actor).param("page", "2").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.pages").value(3))
			.andExpect(jsonPath("$.total").value(120))
			.andExpect(jsonPath("$.items.length()").value(50))
			.andExpect(jsonPath("$.items[0].subject").value("FB-TEST-069"))
			.andExpect(jsonPath("$.items[0].actor").value(actor))
			.andExpect(jsonPath("$.items[0].action").value("test.done"));
	}

	@Test
	void dispatchersAndOtherStaffMayNotReadTheAuditLog() throws Exception {
		mvc.perform(get("/admin/audit").with(DISPATCHER)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit").with(DISPATCHER)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").with(user("sam").roles("STAFF"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
	}

	@Test
	void aMalformedDateIsABadRequest() throws Exception {
		mvc.perform(get("/admin/audit").param("from", "yesterday").with(ADMIN)).andExpect(status().isBadRequest());
	}

	/** 120 entries of a new actor, one every 15 minutes up to now: FB-TEST-000 the oldest, FB-TEST-119 the newest. */
	private String hundredTwentyEntries() {
		String actor = "audit-" + UUID.randomUUID().toString().substring(0, 8);
		Instant now = clock.instant();
		clock.advance(Duration.ofMinutes(-15 * 119));
		for (int i = 0; i < 120; i++) {
			trail.record(actor, "test.done", "FB-TEST-%03d".formatted(i), "before → after");
			clock.advance(Duration.ofMinutes(15));
		}
		clock.set(now);
		return actor;
	}

}
