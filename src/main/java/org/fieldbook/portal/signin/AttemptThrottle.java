package org.fieldbook.portal.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after 10 failed attempts within 15 minutes from one address, or on one account, the next
 * attempt is refused with "try again later" until the oldest failure leaves the window. Kept in memory, per node.
 */
@Component
public class AttemptThrottle {

	static final int MAX_FAILURES = 10;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	AttemptThrottle(Clock clock) {
		this.clock = clock;
	}

	public boolean blocked(String... keys) {
		Instant now = clock.instant();
		for (String key : keys) {
			Deque<Instant> recent = failures.get(key);
			if (recent != null) {
				synchronized (recent) {
					prune(recent, now);
					if (recent.size() >= MAX_FAILURES) {
						return true;
					}
				}
			}
		}
		return false;
	}

	public void failed(String... keys) {
		Instant now = clock.instant();
		for (String key : keys) {
			Deque<Instant> recent = failures.computeIfAbsent(key, any -> new ArrayDeque<>());
			synchronized (recent) {
				prune(recent, now);
				recent.addLast(now);
			}
		}
		if (failures.size() > 100_000) {
			failures.entrySet().removeIf(entry -> entry.getValue().isEmpty());
		}
	}

	/** Keeps the failures of the window before now, oldest first; those after now (the clock was set back) are not recent. */
	private static void prune(Deque<Instant> recent, Instant now) {
		while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
			recent.removeFirst();
		}
		while (!recent.isEmpty() && recent.peekLast().isAfter(now)) {
			recent.removeLast();
		}
	}

	/** Codes in links (invitations and message links) share one budget of failures per address. */
	public static String codeKey(HttpServletRequest request) {
		return "code-ip:" + request.getRemoteAddr();
	}

	public static String throttled(HttpServletResponse response) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		return "portal/throttled";
	}

}
