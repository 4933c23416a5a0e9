package org.fieldbook.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.web.util.HtmlUtils;

/**
 * The company of the cluster tests: its master data imported through a node's API, its customers' portal accounts
 * (written into the shared database, as accepting an invitation would), bookings made through the portal, and the
 * thousands of due portal bookings of the reminder run, written in SQL (relative to the nodes' clock, the system's).
 */
final class ClusterWorld {

	static final String PASSWORD = "a quiet lake in autumn";

	static final String SERVICE_TYPE = "ac-repair";

	/** The clock of every technician and account. */
	static final ZoneId ZONE = ZoneId.of("America/Chicago");

	private static final Pattern SLOT = Pattern.compile("name=\"slot\" value=\"([^\"]+)\"");

	private static final Pattern BOOKED = Pattern.compile("/bookings/(FB-[0-9A-Z]{5})\\?booked");

	private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

	private final JdbcTemplate jdbc;

	private final int customers;

	private int bulkBookings;

	private ClusterWorld(JdbcTemplate jdbc, int customers) {
		this.jdbc = jdbc;
		this.customers = customers;
	}

	/** Imports the company through the node's API and opens a portal account for each customer, with SMS consent. */
	static ClusterWorld create(FieldbookNode node, JdbcTemplate jdbc, int customers) {
		StaffApi.Answer imported = StaffApi.post(node, "/api/v1/import", masterData(customers));
		assertThat(imported.status()).as("import: %s", imported.body()).isEqualTo(200);
		String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
		jdbc.update("UPDATE contact SET sms_consent = true");
		jdbc.update("""
				INSERT INTO portal_account (contact_id, username, password_hash)
				SELECT id, email, ? FROM contact""", hash);
		// Every booking of the next week is due its reminder: the portal books from tomorrow on.
		jdbc.update("UPDATE portal_settings SET reminder_window_days = 7");
		return new ClusterWorld(jdbc, customers);
	}

	static String email(int customer) {
		return "customer" + customer + "@example.com";
	}

	static String account(int customer) {
		return "a" + customer;
	}

	int customers() {
		return customers;
	}

	/** A customer signed in on the node. */
	Visitor signedIn(FieldbookNode node, int customer) {
		Visitor visitor = new Visitor();
		visitor.signIn(node, "/login", email(customer), PASSWORD);
		return visitor;
	}

	/**
	 * Books the first free time on the schedule page of the node that the account has no visit at yet (the next one
	 * when a time is taken meanwhile); answers the booking's reference.
	 */
	String book(Visitor customer, FieldbookNode node, int number) {
		return book(customer, node, number, "", false);
	}

	/** As {@link #book}, on the date of the strip (on the account's clock). */
	String bookFirstOn(Visitor customer, FieldbookNode node, int number, LocalDate date) {
		return book(customer, node, number, "&date=" + date, false);
	}

	/** As {@link #book}, on the date of the strip, the last free time of the date (the one before when it is taken). */
	String bookLastOn(Visitor customer, FieldbookNode node, int number, LocalDate date) {
		return book(customer, node, number, "&date=" + date, true);
	}

	private String book(Visitor customer, FieldbookNode node, int number, String date, boolean last) {
		String schedule = "/schedule?account=" + account(number) + "&serviceType=" + SERVICE_TYPE + date;
		Visitor.Page page = customer.get(node, schedule);
		assertThat(page.status()).as("schedule page on %s: %s", node, page.body()).isEqualTo(200);
		List<String> slots = new ArrayList<>(SLOT.matcher(page.body()).results().map(slot -> slot.group(1)).toList());
		if (last) {
			Collections.reverse(slots);
		}
		for (String slot : slots) {
			Visitor.Page booked = customer.post(node, "/schedule", Map.of("account", account(number), "serviceType",
					SERVICE_TYPE, "slot", HtmlUtils.htmlUnescape(slot), "_csrf", Visitor.csrf(page)));
			Matcher reference = BOOKED.matcher(booked.location().orElse(""));
			if (reference.find()) {
				return reference.group(1);
			}
			boolean tryTheNext = booked.status() == 409 || booked.location().orElse("").contains("taken");
			assertThat(tryTheNext).as("booking on %s: %s %s", node, booked.status(), booked.body()).isTrue();
		}
		throw new AssertionError("No time could be booked on " + node);
	}

	/**
	 * Writes portal bookings due a reminder, starting within the next hours, for the customers in turn; answers their
	 * references.
	 */
	List<String> dueBookings(int count) {
		List<Long> orders = jdbc.queryForList("""
				WITH customer AS (
				     SELECT a.id AS account_id, ac.contact_id, a.address_line1, a.address_city, a.address_postal_code,
				            a.address_country, a.address_lat, a.address_lon, row_number() OVER (ORDER BY a.id) - 1 AS k
				       FROM account a JOIN account_contact ac ON ac.account_id = a.id)
				INSERT INTO work_order (account_id, reported_by_contact_id, service_type_id, address_line1, address_city,
				       address_postal_code, address_country, address_lat, address_lon, status)
				SELECT c.account_id, c.contact_id, st.id, c.address_line1, c.address_city, c.address_postal_code,
				       c.address_country, c.address_lat, c.address_lon, 'SCHEDULED'
				  FROM generate_series(0, ? - 1) n
				  JOIN customer c ON c.k = n % (SELECT count(*) FROM customer)
				  JOIN service_type st ON st.external_id = ?
				RETURNING id""", Long.class, count, SERVICE_TYPE);
		Instant firstStart = Instant.now().plus(Duration.ofHours(2));
		int first = bulkBookings;
		bulkBookings += count;
		List<String> references = IntStream.range(first, first + count).mapToObj(ClusterWorld::bulkReference).toList();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Instant start = firstStart.plus(Duration.ofSeconds(i));
			rows.add(new Object[] { references.get(i), orders.get(i), Timestamp.from(start),
					Timestamp.from(start.plus(Duration.ofMinutes(90))) });
		}
		jdbc.batchUpdate("""
				INSERT INTO booking (reference, work_order_id, source, starts_at, ends_at, location_lat, location_lon, status)
				VALUES (?, ?, 'PORTAL', ?, ?, 41.9, -87.7, 'SCHEDULED')""", rows);
		return references;
	}

	/** A reference of the portal's form that the portal's random ones (almost) never take: FB-Z and four more. */
	private static String bulkReference(int index) {
		StringBuilder reference = new StringBuilder();
		int rest = index;
		for (int i = 0; i < 4; i++) {
			reference.insert(0, REFERENCE_ALPHABET.charAt(rest % REFERENCE_ALPHABET.length()));
			rest /= REFERENCE_ALPHABET.length();
		}
		return "FB-Z" + reference;
	}

	private static String masterData(int customers) {
		String technicians = IntStream.rangeClosed(1, 4)
			.mapToObj(t -> """
					{"id":"t%d","name":"Technician %d","timeZone":"%s","home":{"lat":41.88,"lon":-87.63},"territories":["north"],
					 "skills":[{"skill":"hvac","level":3}],
					 "workingHours":[{"days":["MON","TUE","WED","THU","FRI","SAT","SUN"],"from":"00:00","to":"23:30"}],"timeOff":[]}"""
				.formatted(t, t, ZONE.getId()))
			.collect(Collectors.joining(","));
		String accounts = IntStream.rangeClosed(1, customers)
			.mapToObj(c -> """
					{"id":"a%d","name":"Customer %d","active":true,"timeZone":"%s","territory":"north",
					 "address":{"line1":"%d N Lakeview Ave","city":"Chicago","postalCode":"60614","country":"US","lat":41.92,"lon":-87.64},
					 "contacts":[{"id":"c%d","firstName":"Customer","lastName":"Number %d","email":"%s","phone":"+1312555%04d","language":"en"}],
					 "assets":[]}"""
				.formatted(c, c, ZONE.getId(), 100 + c, c, c, email(c), 100 + c))
			.collect(Collectors.joining(","));
		return """
				{"territories":[{"id":"north","name":"North"}],
				 "skills":[{"id":"hvac","name":"HVAC"}],
				 "serviceTypes":[{"id":"%s","name":"AC repair","portalName":"Air conditioning repair","onPortal":true,
				                  "durationMinutes":90,"crewSize":1,"skills":[{"skill":"hvac","minLevel":2}]}],
				 "technicians":[%s],
				 "accounts":[%s],
				 "bookings":[]}""".formatted(SERVICE_TYPE, technicians, accounts);
	}

}
