package org.fieldbook.load;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.fieldbook.load.WebSession.Page;
import org.fieldbook.support.PortalSignIn;

/**
 * One customer of the load: signs in through the portal's sign-in form, then, until the end, opens the schedule
 * page of a date to see its free times, books one of them through the booking form, and in one round of five
 * moves or cancels one of its bookings. A time taken meanwhile is an expected outcome, counted, not an error.
 */
final class PortalCustomer {

	/** The portal's service type lasts an hour: a time of its own within that of another booking would be refused. */
	private static final Duration VISIT = Duration.ofHours(1);

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private final WebSession web;

	private final Clock clock;

	private final LoadWorld.Customer customer;

	private final Tally tally;

	private final Random random;

	/** Its bookings still scheduled as far as it knows, by reference, with their start. */
	private final Map<String, Instant> bookings = new LinkedHashMap<>();

	/** The starts of all its bookings not canceled, completed ones too: the portal refuses the same visit at those times. */
	private final Map<String, Instant> held = new LinkedHashMap<>();

	PortalCustomer(int port, Clock clock, LoadWorld.Customer customer, Tally tally, long seed) {
		this.web = new WebSession(port);
		this.clock = clock;
		this.customer = customer;
		this.tally = tally;
		this.random = new Random(seed);
	}

	void signIn() throws Exception {
		web.get("/login");
		Page signedIn = web.post("/login", Map.of("username", customer.email(), "password", PortalSignIn.PASSWORD));
		if (signedIn.status() != 302 || signedIn.location().contains("error")) {
			throw new IllegalStateException(customer.email() + " could not sign in: " + signedIn.status() + " " + signedIn.location());
		}
	}

	/** Searches and books as in the run, so that the server has compiled and cached what the run needs. */
	void warmUp() throws Exception {
		searchAndBook();
	}

	void runUntil(long deadlineNanos, long thinkMillis) {
		while (System.nanoTime() < deadlineNanos) {
			try {
				if (random.nextInt(5) == 0 && !bookings.isEmpty()) {
					change();
				}
				else {
					searchAndBook();
				}
				if (thinkMillis > 0) {
					Thread.sleep(thinkMillis);
				}
			}
			catch (InterruptedException stopped) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception ex) {
				tally.error("exception " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
			}
		}
	}

	private void searchAndBook() throws Exception {
		LocalDate date = LocalDate.now(clock.withZone(CHICAGO)).plusDays(1 + random.nextInt(29));
		String query = "account=" + customer.account() + "&serviceType=" + LoadWorld.SERVICE_TYPE;
		Page schedule = web.get("/schedule?" + query + "&date=" + date);
		if (!expect(schedule, 200, "GET /schedule")) {
			return;
		}
		tally.search(schedule.nanos());
		String slot = pick(WebSession.values(schedule, "slot"), null);
		if (slot == null) {
			tally.outcome("no free time on the page");
			return;
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("account", customer.account());
		form.put("asset", "");
		form.put("serviceType", LoadWorld.SERVICE_TYPE);
		form.put("date", WebSession.values(schedule, "date").stream().findFirst().orElse(date.toString()));
		form.put("slot", slot);
		form.put("details", "");
		Page booked = web.post("/schedule", form);
		if (booked.redirectsTo("/bookings/") && booked.location().contains("booked")) {
			tally.book(booked.nanos());
			String reference = booked.location().replaceAll(".*/bookings/([^?]+).*", "$1");
			bookings.put(reference, start(slot));
			held.put(reference, start(slot));
			tally.booked(reference);
			expect(web.get(booked.location()), 200, "GET /bookings/{reference}");
		}
		else if (booked.redirectsTo("taken")) {
			tally.book(booked.nanos());
			tally.outcome("book: the time was just taken");
		}
		else {
			tally.error("POST /schedule " + booked.status() + " " + booked.location());
		}
	}

	private void change() throws Exception {
		List<String> references = new ArrayList<>(bookings.keySet());
		String reference = references.get(random.nextInt(references.size()));
		String base = "/bookings/" + reference;
		if (random.nextBoolean()) {
			move(reference, base);
		}
		else {
			cancel(reference, base);
		}
	}

	private void move(String reference, String base) throws Exception {
		LocalDate date = LocalDate.now(clock.withZone(CHICAGO)).plusDays(1 + random.nextInt(29));
		Page form = web.get(base + "/reschedule?date=" + date);
		if (form.redirectsTo("tooLate")) {
			gone(reference, "move: completed meanwhile");
			return;
		}
		if (!expect(form, 200, "GET /bookings/{reference}/reschedule")) {
			return;
		}
		String slot = pick(WebSession.values(form, "slot"), reference);
		if (slot == null) {
			tally.outcome("move: no free time on the page");
			return;
		}
		Page moved = web.post(base + "/reschedule", Map.of("slot", slot));
		if (moved.redirectsTo("rescheduled")) {
			bookings.put(reference, start(slot));
			held.put(reference, start(slot));
			tally.moved(reference);
		}
		else if (moved.redirectsTo("taken")) {
			tally.outcome("move: the time was just taken");
		}
		else if (moved.redirectsTo("tooLate")) {
			gone(reference, "move: completed meanwhile");
		}
		else {
			tally.error("POST /bookings/{reference}/reschedule " + moved.status() + " " + moved.location());
		}
	}

	private void cancel(String reference, String base) throws Exception {
		if (!expect(web.get(base), 200, "GET /bookings/{reference}")) {
			return;
		}
		Page canceled = web.post(base + "/cancel", Map.of());
		if (canceled.redirectsTo("canceled")) {
			bookings.remove(reference);
			held.remove(reference);
			tally.canceled.add(reference);
		}
		else if (canceled.redirectsTo("tooLate")) {
			gone(reference, "cancel: completed meanwhile");
		}
		else {
			tally.error("POST /bookings/{reference}/cancel " + canceled.status() + " " + canceled.location());
		}
	}

	/** A booking the dispatcher completed meanwhile: no longer the customer's to change. */
	private void gone(String reference, String outcome) {
		bookings.remove(reference);
		tally.outcome(outcome);
	}

	/** A random offered time that overlaps none of its other bookings (the portal would refuse the same visit twice). */
	private String pick(List<String> slots, String moving) {
		List<String> free = slots.stream()
			.filter(slot -> held.entrySet()
				.stream()
				.filter(booking -> !booking.getKey().equals(moving))
				.noneMatch(booking -> overlaps(start(slot), booking.getValue())))
			.toList();
		return free.isEmpty() ? null : free.get(random.nextInt(free.size()));
	}

	private static boolean overlaps(Instant one, Instant other) {
		return one.isBefore(other.plus(VISIT)) && other.isBefore(one.plus(VISIT));
	}

	private static Instant start(String slot) {
		return Instant.parse(slot.split("\\|", 2)[0]);
	}

	private boolean expect(Page page, int status, String request) {
		if (page.status() != status) {
			tally.error(request + " " + page.status() + " " + page.location());
			return false;
		}
		return true;
	}

}
