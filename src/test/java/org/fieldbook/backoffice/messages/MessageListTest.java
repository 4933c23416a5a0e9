package org.fieldbook.backoffice.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fieldbook.booking.BookingService;
import org.fieldbook.booking.BookingService.BookedVisit;
import org.fieldbook.booking.SlotSearchService;
import org.fieldbook.scheduling.Slot;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.fieldbook.support.ServiceWorld;
import org.fieldbook.support.ServiceWorlds;
import org.fieldbook.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The message list: each filter narrows it, it is paged by 50 and sorted both ways, and a page costs the same statements for any number of rows. */
@FieldbookIntegrationTest
class MessageListTest {

	private static final RequestPostProcessor DISPATCHER = user("dora").roles("STAFF", "DISPATCHER");

	private static final Instant DAY_ONE = LocalDate.of(2026, 11, 2).atTime(9, 0).toInstant(ZoneOffset.UTC);

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
	StatementCounter counter;

	ServiceWorld world;

	BookedVisit visit;

	@BeforeEach
	void aBooking() {
		world = worlds.create();
		Slot slot = slots.search(ServiceWorld.query()).days().get(2).slots().get(0);
		visit = bookings.book(world.booking(slot, null));
		jdbc.update("DELETE FROM notification");
	}

	@Test
	void eachFilterNarrowsTheListAndIsKeptInTheLinks() throws Exception {
		long confirmed = message("BOOKING_CONFIRMED", "EMAIL", "SENT", ServiceWorld.CONTACT_EMAIL, world.contactId, visit.bookingId(), DAY_ONE);
		long reminder = message("BOOKING_REMINDER", "SMS", "FAILED", ServiceWorld.CONTACT_PHONE, world.contactId, null,
				DAY_ONE.plus(Duration.ofDays(1)));
		long invitation = message("INVITATION", "EMAIL", "SKIPPED", "noa@example.org", null, null, DAY_ONE.plus(Duration.ofDays(2)));

		assertListed(list(), confirmed, reminder, invitation);
		assertListed(list().param("type", "BOOKING_REMINDER"), reminder);
		assertListed(list().param("channel", "EMAIL"), confirmed, invitation);
		assertListed(list().param("state", "SKIPPED"), invitation);
		assertListed(list().param("contact", "lee"), confirmed, reminder);
		assertListed(list().param("contact", "NOA@exa"), invitation);
		assertListed(list().param("contact", "%"));
		assertListed(list().param("reference", visit.reference().toLowerCase()), confirmed);
		assertListed(list().param("reference", "FB-NONE"));
		assertListed(list().param("from", "2026-11-03").param("to", "2026-11-03"), reminder);
		assertListed(list().param("from", "2026-11-03"), reminder, invitation);

		mvc.perform(list().param("channel", "EMAIL").param("contact", "noa"))
			.andExpect(content().string(containsString("sort=oldest")))
			.andExpect(content().string(containsString("channel=EMAIL&amp;contact=noa")))
			.andExpect(content().string(containsString("value=\"noa\"")));
		mvc.perform(list().param("state", "NOT_A_STATE")).andExpect(status().isBadRequest());
	}

	@Test
	void theListShowsTheContactsNameAndTheBookingsReference() throws Exception {
		message("BOOKING_CONFIRMED", "EMAIL", "SENT", ServiceWorld.CONTACT_EMAIL, world.contactId, visit.bookingId(), DAY_ONE);
		mvc.perform(list())
			.andExpect(content().string(containsString("Sam Lee")))
			.andExpect(content().string(containsString(visit.reference())));
	}

	@Test
	void threeThousandMessagesArePagedBy50NewestOrOldestFirst() throws Exception {
		jdbc.update("""
				INSERT INTO notification (idempotency_key, type, channel, recipient, body, state, created_at)
				SELECT 'bulk:' || n, 'BOOKING_REMINDER', 'EMAIL', 'bulk' || n || '@example.com', 'Hello', 'SENT',
				       ?::timestamptz + n * interval '1 minute'
				  FROM generate_series(1, 3000) AS n""", Timestamp.from(DAY_ONE));
		Map<String, Long> ids = jdbc.queryForList("SELECT recipient, id FROM notification").stream()
			.collect(Collectors.toMap(row -> (String) row.get("recipient"), row -> (Long) row.get("id")));

		long started = System.nanoTime();
		mvc.perform(list())
			.andExpect(content().string(containsString("Page 1 of 60 (3,000 messages)")))
			.andExpect(content().string(containsString("/admin/notifications/" + ids.get("bulk3000@example.com") + "\"")))
			.andExpect(content().string(containsString("/admin/notifications/" + ids.get("bulk2951@example.com") + "\"")))
			.andExpect(content().string(not(containsString("/admin/notifications/" + ids.get("bulk2950@example.com") + "\""))))
			.andExpect(content().string(containsString("page=2")));
		System.out.printf("message list, page 1 of 3000 messages: %d ms%n", (System.nanoTime() - started) / 1_000_000);
		mvc.perform(list().param("sort", "oldest").param("page", "60"))
			.andExpect(content().string(containsString("Page 60 of 60")))
			.andExpect(content().string(containsString("/admin/notifications/" + ids.get("bulk3000@example.com") + "\"")))
			.andExpect(content().string(not(containsString("/admin/notifications/" + ids.get("bulk2950@example.com") + "\""))));
		mvc.perform(get("/api/v1/notifications").param("page", "2").param("sort", "oldest").with(DISPATCHER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(50)))
			.andExpect(jsonPath("$.items[0].recipient").value("bulk51@example.com"))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.pages").value(60))
			.andExpect(jsonPath("$.total").value(3000));
		mvc.perform(list().param("page", "999")).andExpect(content().string(containsString("Page 60 of 60")));
	}

	@Test
	void theFiltersOfTheListUseTheirIndexes() {
		jdbc.update("""
				INSERT INTO notification (idempotency_key, type, channel, recipient, body, state, created_at)
				SELECT 'bulk:' || n, 'BOOKING_REMINDER', 'EMAIL', 'bulk' || n || '@example.com', 'Hello', 'SENT',
				       ?::timestamptz + n * interval '1 minute'
				  FROM generate_series(1, 3000) AS n""", Timestamp.from(DAY_ONE));
		jdbc.execute("ANALYZE notification");
		Function<String, String> plan = where -> String.join("\n", jdbc.queryForList(
				"EXPLAIN SELECT id FROM notification WHERE " + where + " ORDER BY created_at DESC, id DESC LIMIT 50", String.class));
		assertThat(plan.apply("state = 'FAILED'")).containsAnyOf("notification_by_state", "notification_failed_by_updated")
			.doesNotContain("Seq Scan");
		assertThat(plan.apply("type = 'INVITATION'")).contains("notification_by_type");
		assertThat(plan.apply("channel = 'SMS'")).contains("notification_by_channel");
		assertThat(plan.apply("booking_id = 1")).contains("notification_by_booking");
		assertThat(plan.apply("lower(recipient) LIKE 'bulk12%' OR contact_id = ANY('{1,2}')")).contains("notification_by_recipient",
				"notification_by_contact");
		assertThat(plan.apply("created_at >= '2026-11-02 10:00Z' AND created_at < '2026-11-02 11:00Z'")).contains("notification_by_created");
	}

	@Test
	void aPageOf50CostsTheStatementsOfAPageOf5() throws Exception {
		for (int n = 0; n < 5; n++) {
			message("BOOKING_CONFIRMED", "EMAIL", "SENT", "five" + n + "@example.com", world.contactId, visit.bookingId(), DAY_ONE);
		}
		for (int n = 0; n < 50; n++) {
			message("BOOKING_REMINDER", "SMS", "SENT", "+1312555" + (1000 + n), world.contactId, visit.bookingId(), DAY_ONE);
		}

		assertThat(statements(list().param("type", "BOOKING_REMINDER"), 50)).isEqualTo(statements(list().param("type", "BOOKING_CONFIRMED"), 5));
		assertThat(statements(api().param("type", "BOOKING_REMINDER"), 50)).isEqualTo(statements(api().param("type", "BOOKING_CONFIRMED"), 5));
	}

	private int statements(MockHttpServletRequestBuilder request, int rows) throws Exception {
		try (var counting = counter.start()) {
			String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(page.split(visit.reference(), -1)).as("a row per message").hasSize(rows + 1);
			return counting.statements();
		}
	}

	private MockHttpServletRequestBuilder list() {
		return get("/admin/notifications").with(DISPATCHER);
	}

	private MockHttpServletRequestBuilder api() {
		return get("/api/v1/notifications").with(DISPATCHER);
	}

	private void assertListed(MockHttpServletRequestBuilder request, long... expected) throws Exception {
		String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Long> all = jdbc.queryForList("SELECT id FROM notification", Long.class);
		for (long id : all) {
			boolean wanted = Arrays.stream(expected).anyMatch(e -> e == id);
			assertThat(page.contains("/admin/notifications/" + id + "\"")).as("message %d listed", id).isEqualTo(wanted);
		}
	}

	private long message(String type, String channel, String state, String recipient, Long contactId, Long bookingId, Instant at) {
		return jdbc.queryForObject("""
				INSERT INTO notification (idempotency_key, type, channel, recipient, contact_id, booking_id, body, state, created_at)
				VALUES (gen_random_uuid()::text, ?, ?, ?, ?, ?, 'Hello', ?, ?) RETURNING id""", Long.class, type, channel, recipient,
				contactId, bookingId, state, Timestamp.from(at));
	}

}
