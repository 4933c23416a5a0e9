package org.fieldbook.load;

import java.util.Map;

import org.fieldbook.load.WebSession.Page;

/**
 * The dispatcher of the load, signed in to the back office: opens the oldest booking not yet handled and completes
 * it through the booking page's form, then pauses. A booking its customer changed since the page was read is
 * refused with the conflict page (409): an expected outcome, counted, not an error.
 */
final class Dispatcher {

	private final WebSession web;

	private final Tally tally;

	Dispatcher(int port, Tally tally) {
		this.web = new WebSession(port);
		this.tally = tally;
	}

	void signIn() throws Exception {
		web.get("/admin/login");
		Page signedIn = web.post("/admin/login", Map.of("username", LoadWorld.DISPATCHER, "password", LoadWorld.STAFF_PASSWORD));
		if (signedIn.status() != 302 || signedIn.location().contains("error")) {
			throw new IllegalStateException("The dispatcher could not sign in: " + signedIn.status() + " " + signedIn.location());
		}
	}

	void runUntil(long deadlineNanos, long pauseMillis) {
		while (System.nanoTime() < deadlineNanos) {
			try {
				String reference = tally.toComplete.poll();
				if (reference != null && !tally.canceled.contains(reference)) {
					complete(reference);
				}
				Thread.sleep(pauseMillis);
			}
			catch (InterruptedException stopped) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception ex) {
				tally.error("dispatcher exception " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
			}
		}
	}

	private void complete(String reference) throws Exception {
		String base = "/admin/bookings/" + reference;
		Page page = web.get(base);
		if (page.status() != 200) {
			tally.error("GET /admin/bookings/{reference} " + page.status());
			return;
		}
		if (WebSession.values(page, "version").isEmpty() || !page.body().contains(base + "/complete")) {
			tally.outcome("complete: no longer open (canceled by its customer)");
			return;
		}
		Page completed = web.post(base + "/complete", Map.of("version", WebSession.values(page, "version").get(0)));
		if (completed.redirectsTo(base)) {
			tally.completed.add(reference);
		}
		else if (completed.status() == 409) {
			tally.outcome("complete: changed by its customer meanwhile (409)");
		}
		else {
			tally.error("POST /admin/bookings/{reference}/complete " + completed.status() + " " + completed.location());
		}
	}

}
