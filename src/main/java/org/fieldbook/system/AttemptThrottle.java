package org.fieldbook.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: once a key has as many failures within 15 minutes as its limit allows, the next attempt under
 * it is refused with "try again later" until the oldest of them leaves the window. Refused attempts do not count.
 * Keys are stored as SHA-256 digests, so what an attacker types takes the same room however long it is.
 */
@Component
public class AttemptThrottle {

	public static final Duration WINDOW = Duration.ofMinutes(15);

	/** Codes in links, password-reset requests: per address. */
	public static final int ADDRESS_FAILURES = 10;

	/** Sign-ins to one account from one address: the owner's typos, or someone guessing from one place. */
	public static final int ACCOUNT_FROM_ADDRESS_FAILURES = 10;

	/** Sign-ins from one address to any account; looser, as a household or office shares its address. */
	public static final int SIGN_IN_ADDRESS_FAILURES = 30;

	/** Sign-ins to one account from anywhere: only guessing from many addresses reaches it. */
	public static final int ACCOUNT_FAILURES = 100;

	static final int MOST_FAILURES = ACCOUNT_FAILURES;

	/** What is counted, and how many failures of it the window allows. */
	public record Key(String name, int limit) {
	}

	private final AttemptStore store;

	private final Clock clock;

	AttemptThrottle(AttemptStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	public boolean blocked(Key... keys) {
		Instant now = clock.instant();
		for (Key key : keys) {
			if (store.count(digest(key), now.minus(WINDOW), now) >= key.limit()) {
				return true;
			}
		}
		return false;
	}

	public void failed(Key... keys) {
		Instant now = clock.instant();
		for (Key key : keys) {
			store.add(digest(key), now);
		}
	}

	/** Codes in links (invitations and message links) share one budget of failures per address. */
	public static Key codeKey(HttpServletRequest request) {
		return perAddress("code", request);
	}

	public static Key perAddress(String purpose, HttpServletRequest request) {
		return new Key(purpose + "-ip:" + request.getRemoteAddr(), ADDRESS_FAILURES);
	}

	/**
	 * A sign-in counts against its address, its account, and the two together; the username is the one the sign-in
	 * checks (normalised as its lookup does), so that no spelling of it counts apart.
	 */
	public static Key[] signIn(SecurityWorlds world, String username, String address) {
		return new Key[] { new Key(world + "-sign-in-ip:" + address, SIGN_IN_ADDRESS_FAILURES),
				new Key(world + "-sign-in-account:" + username, ACCOUNT_FAILURES),
				new Key(world + "-sign-in-ip-account:" + address + " " + username, ACCOUNT_FROM_ADDRESS_FAILURES) };
	}

	static String digest(Key key) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.name().getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException("Every Java runtime has SHA-256", missing);
		}
	}

}
