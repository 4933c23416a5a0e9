package org.fieldbook.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.fieldbook.support.RemoteAddress;
import org.fieldbook.support.StatementCounter;
import org.fieldbook.support.TestPorts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The back office's lists at scale: 10,000 contacts (each with an account), 50,000 bookings of 200 technicians in
 * 10 territories over 60 days, 100,000 messages, 5,000 link codes and 5,000 invitations, written with plain SQL into
 * a fresh embedded PostgreSQL of its own. Each list is requested through MockMvc as an admin (controller, queries
 * and template all count): 5 warm-up requests, then 30 measured. Prints one {@code list …} line per list with
 * p50/p95 in milliseconds and the SQL statements of one request, and a {@code backoffice-lists …} summary. Timings are reported, never asserted; what is
 * asserted is that each answer is 200 and shows rows. Run with {@code ./mvnw -Pbench verify}.
 */
@SpringBootTest(properties = { "fieldbook.embedded-database.data-directory=target/backoffice-bench-postgres",
				"fieldbook.embedded-database.clean=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestPorts.Initializer.class)
@Import(StatementCounter.class)
class BackOfficeListBenchmark {

	private static final int TERRITORIES = 10;

	private static final int TECHNICIANS = 200;

	private static final int CONTACTS = 10_000;

	private static final int BOOKINGS = 50_000;

	private static final int MESSAGES = 100_000;

	private static final int LINK_CODES = 5_000;

	private static final int INVITATIONS = 5_000;

	private static final int DAYS = 60;

	private static final String FIRST_DAY = "2026-09-29";

	private static final int WARM_UP = 5;

	private static final int MEASURED = 30;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter counter;

	private final List<String> lines = new ArrayList<>();

	private double worstP95;

	private String worstList;

	@Test
	void lists() throws Exception {
		long started = System.nanoTime();
		fill();
		// As autovacuum leaves a settled database: statistics, and a visibility map for index-only counts.
		jdbc.execute("VACUUM ANALYZE");
		double fillSeconds = (System.nanoTime() - started) / 1e9;
		assertThat(jdbc.queryForObject("SELECT count(*) FROM notification", Integer.class)).isEqualTo(MESSAGES);

		time("messages", MESSAGES, "/admin/notifications", "BK-");
		time("messages-page-1000", MESSAGES, "/admin/notifications?page=1000", "BK-");
		time("messages-by-state", MESSAGES, "/admin/notifications?state=FAILED", "BK-");
		time("messages-by-type-channel", MESSAGES, "/admin/notifications?type=BOOKING_REMINDER&channel=SMS", "BK-");
		time("messages-by-contact", MESSAGES, "/admin/notifications?contact=Marta", "Marta");
		time("messages-by-reference", MESSAGES, "/admin/notifications?reference=BK-0012345", "BK-");
		time("messages-by-dates", MESSAGES, "/admin/notifications?from=2026-10-10&to=2026-10-12", "BK-");
		time("contacts-by-name", CONTACTS, "/admin/master-data/contacts?q=Mar", "bench-c-");
		time("bookings-api-by-territory-dates", BOOKINGS,
				"/api/v1/bookings?territory=bench-t3&from=2026-10-05T00:00:00Z&to=2026-10-12T00:00:00Z", "BK-");
		time("dispatch-board", BOOKINGS, "/admin/dispatch?territory=bench-t3&date=2026-10-06", "BK-");
		time("invitations", INVITATIONS, "/admin/invitations", "bench-i-");
		time("link-codes", LINK_CODES, "/admin/links", "BK-");

		lines.forEach(System.out::println);
		System.out.println(String.format(Locale.ROOT,
				"backoffice-lists messages=%d contacts=%d bookings=%d worst_p95_ms=%.1f (%s) link_codes=%d invitations=%d "
						+ "filled_s=%.1f",
				MESSAGES, CONTACTS, BOOKINGS, worstP95, worstList, LINK_CODES, INVITATIONS, fillSeconds));
	}

	private void time(String name, int rows, String url, String shown) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			request(url, shown);
		}
		long[] nanos = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long t0 = System.nanoTime();
			request(url, shown);
			nanos[i] = System.nanoTime() - t0;
		}
		Arrays.sort(nanos);
		int statements;
		try (var counting = counter.start()) {
			request(url, shown);
			statements = counting.statements();
		}
		double p50 = ms(percentile(nanos, 50));
		double p95 = ms(percentile(nanos, 95));
		lines.add(String.format(Locale.ROOT, "list name=%s rows=%d p50_ms=%.1f p95_ms=%.1f statements=%d", name, rows, p50,
				p95, statements));
		if (p95 > worstP95) {
			worstP95 = p95;
			worstList = name;
		}
	}

	private void request(String url, String shown) throws Exception {
		MvcResult result = mvc.perform(get(url).with(user("ada").roles("STAFF", "ADMIN"))
				.with(RemoteAddress.from("10.13.0.1"))).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).as("rows of %s", url).contains(shown);
	}

	private void fill() {
		jdbc.update("INSERT INTO territory (external_id, name, time_zone) SELECT 'bench-t' || n, 'Territory ' || n, "
				+ "'America/Chicago' FROM generate_series(1, ?) n", TERRITORIES);
		jdbc.update("INSERT INTO service_type (external_id, name, on_portal, duration_minutes) "
				+ "VALUES ('bench-service', 'Boiler service', true, 60)");
		jdbc.update("INSERT INTO technician (external_id, name, time_zone, home_lat, home_lon) "
				+ "SELECT 'bench-tech-' || n, 'Technician ' || n, 'America/Chicago', 41.88, -87.63 FROM generate_series(1, ?) n",
				TECHNICIANS);
		jdbc.update("INSERT INTO technician_territory (technician_id, territory_id) "
				+ "SELECT t.id, r.id FROM technician t JOIN territory r "
				+ "ON r.external_id = 'bench-t' || (1 + substring(t.external_id FROM 12)::int % ?)", TERRITORIES);
		jdbc.update("INSERT INTO technician_working_hours (technician_id, day_of_week, starts_at, ends_at) "
				+ "SELECT t.id, d, '07:00', '18:00' FROM technician t CROSS JOIN generate_series(1, 5) d");
		jdbc.update("INSERT INTO account (external_id, name, time_zone, territory_id, address_line1, address_city, "
				+ "address_postal_code, address_country, address_lat, address_lon) "
				+ "SELECT 'bench-a-' || n, 'Account ' || n, 'America/Chicago', "
				+ "(SELECT id FROM territory WHERE external_id = 'bench-t' || (1 + n % ?)), n || ' Main Street', 'Chicago', "
				+ "'60601', 'US', 41.88, -87.63 FROM generate_series(1, ?) n", TERRITORIES, CONTACTS);
		jdbc.update("INSERT INTO contact (external_id, first_name, last_name, email, phone, sms_consent) "
				+ "SELECT 'bench-c-' || n, (ARRAY['Marta', 'Jonas', 'Amira', 'Li', 'Noah', 'Sofia', 'Omar', 'Eva'])[1 + n % 8], "
				+ "(ARRAY['Martin', 'Garcia', 'Cohen', 'Haddad', 'Schmidt', 'Dubois', 'Novak', 'Ito'])[1 + (n / 8) % 8] || n, "
				+ "'contact' || n || '@example.com', '+1312555' || lpad(n::text, 5, '0'), n % 2 = 0 "
				+ "FROM generate_series(1, ?) n", CONTACTS);
		jdbc.update("INSERT INTO account_contact (account_id, contact_id) SELECT a.id, c.id FROM account a "
				+ "JOIN contact c ON substring(c.external_id FROM 9) = substring(a.external_id FROM 9) "
				+ "WHERE a.external_id LIKE 'bench-a-%'");
		long firstAccount = jdbc.queryForObject("SELECT min(id) FROM account", Long.class);
		long firstContact = jdbc.queryForObject("SELECT min(id) FROM contact", Long.class);
		long firstTechnician = jdbc.queryForObject("SELECT min(id) FROM technician", Long.class);
		long serviceType = jdbc.queryForObject("SELECT id FROM service_type WHERE external_id = 'bench-service'", Long.class);
		// Booking n (0-based) is technician n % 200's (n / 200)-th visit: day k % 60, the (k / 60)-th of up to five
		// two-hour steps from 13:00 UTC, so no technician is ever booked twice at once.
		jdbc.update("INSERT INTO work_order (account_id, reported_by_contact_id, service_type_id, address_line1, "
				+ "address_city, address_postal_code, address_country, address_lat, address_lon, status) "
				+ "SELECT ? + n % ?, ? + n % ?, ?, 'Main Street', 'Chicago', '60601', 'US', 41.88, -87.63, 'SCHEDULED' "
				+ "FROM generate_series(0, ? - 1) n ORDER BY n", firstAccount, CONTACTS, firstContact, CONTACTS,
				serviceType, BOOKINGS);
		long firstWorkOrder = jdbc.queryForObject("SELECT min(id) FROM work_order", Long.class);
		jdbc.update("INSERT INTO booking (reference, work_order_id, source, starts_at, ends_at, location_lat, location_lon, "
				+ "status, created_at) SELECT 'BK-' || lpad(n::text, 7, '0'), ? + n, 'PORTAL', s, s + interval '1 hour', "
				+ "41.88, -87.63, (ARRAY['SCHEDULED', 'SCHEDULED', 'SCHEDULED', 'COMPLETED', 'CANCELED'])[1 + n % 5], "
				+ "s - interval '10 days' FROM generate_series(0, ? - 1) n, "
				+ "LATERAL (SELECT ?::date + ((n / ?) % ?) * interval '1 day' + interval '13 hours' "
				+ "+ ((n / ?) / ?) * interval '2 hours' AS s) slot ORDER BY n",
				firstWorkOrder, BOOKINGS, FIRST_DAY, TECHNICIANS, DAYS, TECHNICIANS, DAYS);
		long firstBooking = jdbc.queryForObject("SELECT min(id) FROM booking", Long.class);
		jdbc.update("INSERT INTO booking_assignment (booking_id, technician_id) "
				+ "SELECT b.id, ? + (b.id - ?) % ? FROM booking b", firstTechnician, firstBooking, TECHNICIANS);
		jdbc.update("INSERT INTO notification (idempotency_key, type, channel, booking_id, contact_id, recipient, subject, "
				+ "body, state, attempts, created_at, sent_at, updated_at) "
				+ "SELECT 'bench-' || n, (ARRAY['BOOKING_CONFIRMED', 'BOOKING_REMINDER', 'BOOKING_RESCHEDULED', "
				+ "'BOOKING_CANCELED', 'BOOKING_COMPLETED', 'INVITATION'])[1 + n % 6], "
				+ "(ARRAY['EMAIL', 'SMS'])[1 + (n / 6) % 2], ? + n % ?, ? + n % ?, "
				+ "CASE WHEN (n / 6) % 2 = 0 THEN 'contact' || (1 + n % ?) || '@example.com' "
				+ "ELSE '+1312555' || lpad((1 + n % ?)::text, 5, '0') END, 'Your visit', 'Your visit is booked.', "
				+ "(ARRAY['SENT', 'SENT', 'SENT', 'SENT', 'SENT', 'SENT', 'SENT', 'PENDING', 'FAILED', 'SKIPPED'])[1 + n % 10], "
				+ "1, c, c, c FROM generate_series(0, ? - 1) n, "
				+ "LATERAL (SELECT ?::date - interval '30 days' + (n * interval '1 minute' * 60 * 24 * ? / ?) AS c) t",
				firstBooking, BOOKINGS, firstContact, CONTACTS, CONTACTS, CONTACTS, MESSAGES, FIRST_DAY, DAYS, MESSAGES);
		jdbc.update("INSERT INTO portal_link_code (code_hash, booking_id, contact_id, expires_at, created_at) "
				+ "SELECT md5('l' || n) || md5('k' || n), ? + n * 7 % ?, ? + n % ?, "
				+ "?::date + n * interval '10 minutes', ?::date - interval '20 days' + n * interval '10 minutes' "
				+ "FROM generate_series(0, ? - 1) n", firstBooking, BOOKINGS, firstContact, CONTACTS, FIRST_DAY, FIRST_DAY,
				LINK_CODES);
		jdbc.update("INSERT INTO invitation (contact_id, email, code_hash, status, expires_at, created_at) "
				+ "SELECT ? + n % ?, 'bench-i-' || n || '@example.com', md5('i' || n) || md5('j' || n), "
				+ "(ARRAY['PENDING', 'REDEEMED', 'EXPIRED', 'REVOKED'])[1 + n % 4], "
				+ "?::date + n * interval '10 minutes', ?::date - interval '20 days' + n * interval '10 minutes' "
				+ "FROM generate_series(0, ? - 1) n", firstContact, CONTACTS, FIRST_DAY, FIRST_DAY, INVITATIONS);
	}

	/** Nearest rank. */
	private static long percentile(long[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

}
