package org.fieldbook.backoffice.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.fieldbook.backoffice.audit.AuditFilter;
import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.invitation.InvitationProcess;
import org.fieldbook.invitation.InvitationTrigger;
import org.fieldbook.invitation.Invitations;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.Jobs;
import org.fieldbook.support.Mailbox;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.StatementCounter;
import org.fieldbook.support.TestClock;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The invitation list of the back office: each contact's latest invitation, filtered, sorted and paged by the URL; a
 * re-issue in one click goes through invitation.bpmn (new email, old code dead) and is audited.
 */
@FieldbookIntegrationTest
class InvitationListTest {

	private static final RequestPostProcessor ADMIN = user("ada").roles("STAFF", "ADMIN");

	private static final RequestPostProcessor DISPATCHER = user("dora").roles("STAFF", "DISPATCHER");

	private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]{22})");

	@RegisterExtension
	static final GreenMailExtension smtp = TestPorts.smtpServer();

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceWorlds worlds;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ManagementService management;

	@Autowired
	InvitationProcess process;

	@Autowired
	Invitations invitations;

	@Autowired
	AuditTrail audit;

	@Autowired
	StatementCounter counter;

	ServiceWorld world;

	@BeforeEach
	void world() {
		world = worlds.create();
	}

	@Test
	void theListPagesFiftyNewestFirstAndSortsByAnyDateColumn() throws Exception {
		guests(120);

		mvc.perform(get("/admin/invitations").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 1 of 3 (120 invitations)")))
			.andExpect(content().string(containsString("guest-119@example.org")))
			.andExpect(content().string(not(containsString("guest-069@example.org"))))
			.andExpect(content().string(containsString("href=\"/admin/invitations?sort=SENT&amp;page=2\"")))
			.andExpect(content().string(containsString("(contact deleted)")));
		mvc.perform(get("/admin/invitations").param("page", "3").with(ADMIN))
			.andExpect(content().string(containsString("guest-000@example.org")))
			.andExpect(content().string(not(containsString("guest-020@example.org"))));
		mvc.perform(get("/admin/invitations").param("sort", "SENT").param("dir", "asc").with(ADMIN))
			.andExpect(content().string(containsString("guest-000@example.org")))
			.andExpect(content().string(not(containsString("guest-119@example.org"))))
			.andExpect(content().string(containsString("aria-sort=\"ascending\"")));
		mvc.perform(get("/admin/invitations").param("sort", "EMAIL").param("dir", "asc").param("page", "3").with(ADMIN))
			.andExpect(content().string(containsString("guest-119@example.org")));
	}

	@Test
	void theFiltersNarrowByStatusTextAndDaySent() throws Exception {
		guests(3);
		jdbc.update("UPDATE invitation SET status = 'REVOKED' WHERE email = 'guest-000@example.org'");
		jdbc.update("UPDATE invitation SET expires_at = ? WHERE email = 'guest-001@example.org'",
				Timestamp.from(clock.instant().minusSeconds(1)));
		invitation(world.contactId, ServiceWorld.CONTACT_EMAIL, clock.instant().minus(Duration.ofDays(3)));

		mvc.perform(get("/admin/invitations").param("status", "REVOKED").with(ADMIN))
			.andExpect(content().string(containsString("(1 invitations)")))
			.andExpect(content().string(containsString("guest-000@example.org")));
		mvc.perform(get("/admin/invitations").param("status", "EXPIRED").with(ADMIN))
			.andExpect(content().string(containsString("(1 invitations)")))
			.andExpect(content().string(containsString("guest-001@example.org")))
			.andExpect(content().string(containsString(">Expired<")));
		mvc.perform(get("/admin/invitations").param("status", "PENDING").with(ADMIN))
			.andExpect(content().string(containsString("(2 invitations)")));
		for (String text : new String[] { "sam lee", "LEE HOUSE", "acc-chicago", "sam@example" }) {
			mvc.perform(get("/admin/invitations").param("text", text).with(ADMIN))
				.andExpect(content().string(containsString("(1 invitations)")))
				.andExpect(content().string(containsString(">Sam Lee<")))
				.andExpect(content().string(containsString(">Lee household<")));
		}
		mvc.perform(get("/admin/invitations").param("text", "%").with(ADMIN))
			.andExpect(content().string(containsString("No invitations match.")));
		String threeDaysAgo = clock.instant().minus(Duration.ofDays(3)).toString().substring(0, 10);
		mvc.perform(get("/admin/invitations").param("from", threeDaysAgo).param("to", threeDaysAgo).with(ADMIN))
			.andExpect(content().string(containsString("(1 invitations)")))
			.andExpect(content().string(containsString(ServiceWorld.CONTACT_EMAIL)));
		mvc.perform(get("/admin/invitations").param("status", "LOST").with(ADMIN)).andExpect(status().isBadRequest());
	}

	@Test
	void onlyEachAddresssLatestInvitationIsListed() throws Exception {
		invitation(world.contactId, ServiceWorld.CONTACT_EMAIL, clock.instant().minus(Duration.ofDays(20)));
		jdbc.update("UPDATE invitation SET status = 'REVOKED'");
		jdbc.update("INSERT INTO invitation (contact_id, email, reissue, expires_at, created_at) VALUES (?, ?, true, ?, ?)",
				world.contactId, "Sam@Example.com", Timestamp.from(clock.instant().plus(Duration.ofDays(14))),
				Timestamp.from(clock.instant()));

		mvc.perform(get("/api/v1/invitations").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].email").value("Sam@Example.com"))
			.andExpect(jsonPath("$.items[0].status").value("PENDING"))
			.andExpect(jsonPath("$.items[0].reissue").value(true))
			.andExpect(jsonPath("$.items[0].contactName").value("Sam Lee"))
			.andExpect(jsonPath("$.items[0].accounts[0]").value("Lee household"));
	}

	@Test
	void aPageCostsTheSameStatementsForFewRowsAndForMany() throws Exception {
		guestsWithContacts(3);
		int few;
		try (StatementCounter.Counting counting = counter.start()) {
			mvc.perform(get("/admin/invitations").param("text", "guest").with(ADMIN)).andExpect(status().isOk());
			few = counting.statements();
		}
		guestsWithContacts(50);
		try (StatementCounter.Counting counting = counter.start()) {
			mvc.perform(get("/admin/invitations").param("text", "guest").with(ADMIN))
				.andExpect(content().string(containsString("Page 1 of 2 (53 invitations)")));
			assertThat(counting.statements()).isEqualTo(few);
		}
	}

	@Test
	void aDispatchersReissueEmailsANewCodeKillsTheOldOneAndIsAudited() throws Exception {
		process.start(world.contactId, InvitationTrigger.CONTACT_JOINED);
		Jobs.runDue(management);
		String oldCode = code(smtp.getReceivedMessages()[0]);
		long oldId = jdbc.queryForObject("SELECT id FROM invitation", Long.class);

		mvc.perform(post("/admin/invitations/{id}/reissue", oldId).param("status", "PENDING").param("page", "1")
			.with(DISPATCHER)
			.with(csrf())).andExpect(redirectedUrl("/admin/invitations?status=PENDING&sort=SENT&page=1&reissued"));
		Jobs.runDue(management);

		assertThat(smtp.getReceivedMessages()).hasSize(2);
		MimeMessage fresh = smtp.getReceivedMessages()[1];
		assertThat(fresh.getAllRecipients()[0].toString()).isEqualTo(ServiceWorld.CONTACT_EMAIL);
		String newCode = code(fresh);
		assertThat(newCode).isNotEqualTo(oldCode);
		assertThat(invitations.redeemable(oldCode)).as("the old code").isFalse();
		assertThat(invitations.redeemable(newCode)).as("the new code").isTrue();
		assertThat(audit.find(new AuditFilter("dora", "invitation.reissued", ServiceWorld.CONTACT_EMAIL, null, null, null), 1)
			.items()).singleElement()
			.satisfies(entry -> assertThat(entry.details()).isEqualTo("invitation " + oldId + ": PENDING → re-issued (a new code is emailed, the old one no longer works)"));
		mvc.perform(get("/admin/invitations").param("reissued", "").with(DISPATCHER))
			.andExpect(content().string(containsString("Re-issued: a new invitation email is on its way")))
			.andExpect(content().string(containsString("(1 invitations)")));
	}

	@Test
	void anExpiredInvitationIsReissuedToo() throws Exception {
		process.start(world.contactId, InvitationTrigger.CONTACT_JOINED);
		Jobs.runDue(management);
		long oldId = jdbc.queryForObject("SELECT id FROM invitation", Long.class);
		clock.advance(Duration.ofDays(15));
		Jobs.runDue(management);

		mvc.perform(post("/admin/invitations/{id}/reissue", oldId).with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/invitations?sort=SENT&page=1&reissued"));
		Jobs.runDue(management);

		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(invitations.redeemable(code(smtp.getReceivedMessages()[1]))).isTrue();
		assertThat(audit.find(new AuditFilter("ada", "invitation.reissued", ServiceWorld.CONTACT_EMAIL, null, null, null), 1)
			.items()).singleElement()
			.satisfies(entry -> assertThat(entry.details()).startsWith("invitation " + oldId + ": EXPIRED → re-issued"));
	}

	@Test
	void aRedeemedInvitationIsNotReissuedAndARevokedCodeStopsWorking() throws Exception {
		process.start(world.contactId, InvitationTrigger.CONTACT_JOINED);
		Jobs.runDue(management);
		String code = code(smtp.getReceivedMessages()[0]);
		long id = jdbc.queryForObject("SELECT id FROM invitation", Long.class);

		mvc.perform(post("/admin/invitations/{id}/revoke", id).with(DISPATCHER).with(csrf()))
			.andExpect(redirectedUrl("/admin/invitations?sort=SENT&page=1&revoked"));
		assertThat(invitations.redeemable(code)).isFalse();
		assertThat(audit.find(new AuditFilter("dora", "invitation.revoked", ServiceWorld.CONTACT_EMAIL, null, null, null), 1)
			.total()).isEqualTo(1);
		mvc.perform(post("/admin/invitations/{id}/revoke", id).with(DISPATCHER).with(csrf()))
			.andExpect(redirectedUrl("/admin/invitations?sort=SENT&page=1&notRevocable"));

		jdbc.update("UPDATE invitation SET status = 'REDEEMED', redeemed_at = ?", Timestamp.from(clock.instant()));
		mvc.perform(post("/admin/invitations/{id}/reissue", id).with(DISPATCHER).with(csrf()))
			.andExpect(redirectedUrl("/admin/invitations?sort=SENT&page=1&notReissuable"));
		mvc.perform(post("/admin/invitations/{id}/reissue", id + 1000).with(DISPATCHER).with(csrf()))
			.andExpect(status().isNotFound());
		Jobs.runDue(management);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(audit.find(new AuditFilter("dora", "invitation.reissued", null, null, null, null), 1).total()).isZero();
	}

	@Test
	void dispatchersAndAdminsOnly() throws Exception {
		mvc.perform(get("/admin/invitations").with(DISPATCHER)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/invitations").with(DISPATCHER)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/contacts/{id}/invitation", ServiceWorld.CONTACT).with(DISPATCHER))
			.andExpect(status().isAccepted());

		RequestPostProcessor groupless = user("olga").roles("STAFF");
		RequestPostProcessor customer = user(ServiceWorld.CONTACT_EMAIL).roles("CUSTOMER");
		mvc.perform(get("/admin/invitations").with(groupless)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/invitations").with(groupless)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/invitations/1/reissue").with(groupless).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/contacts/{id}/invitation", ServiceWorld.CONTACT).with(groupless))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/invitations").with(customer)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/invitations").with(customer)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/invitations")).andExpect(redirectedUrl("/admin/login"));
		mvc.perform(get("/api/v1/invitations")).andExpect(status().isUnauthorized());
		mvc.perform(post("/admin/invitations/1/reissue").with(DISPATCHER)).andExpect(status().isForbidden());
	}

	/** Invitations to {@code count} addresses of deleted contacts, one a minute up to now: guest-000 the oldest. */
	private void guests(int count) {
		Instant now = clock.instant();
		for (int i = 0; i < count; i++) {
			invitation(null, "guest-%03d@example.org".formatted(i), now.minus(Duration.ofMinutes(count - 1 - i)));
		}
	}

	/** {@code count} more contacts named "Guest", each with an account of its own and an invitation. */
	private void guestsWithContacts(int count) {
		long first = jdbc.queryForObject("SELECT count(*) FROM contact", Long.class);
		for (long i = first; i < first + count; i++) {
			long contact = jdbc.queryForObject("""
					INSERT INTO contact (external_id, first_name, last_name, email, language)
					VALUES (?, 'Guest', ?, ?, 'en') RETURNING id""", Long.class, "c-guest-" + i, "No " + i,
					"g" + i + "@example.org");
			jdbc.update("INSERT INTO account_contact (account_id, contact_id) VALUES (?, ?)", world.accountId, contact);
			invitation(contact, "g" + i + "@example.org", clock.instant());
		}
	}

	private void invitation(Long contactId, String email, Instant sentAt) {
		jdbc.update("INSERT INTO invitation (contact_id, email, expires_at, created_at) VALUES (?, ?, ?, ?)", contactId, email,
				Timestamp.from(sentAt.plus(Duration.ofDays(14))), Timestamp.from(sentAt));
	}

	private static String code(MimeMessage email) throws Exception {
		Matcher link = LINK.matcher(Mailbox.part(email, "text/plain"));
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

}
