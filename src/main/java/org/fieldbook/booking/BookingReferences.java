package org.fieldbook.booking;

import java.security.SecureRandom;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Booking references customers can read out on the phone: {@code FB-} and five characters without look-alikes
 * (no 0/O, 1/I/L, U), about 24 million of them. The unique index on the column is the last guard.
 */
@Component
public class BookingReferences {

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

	/** What the column (16 characters) can hold of a reference: capital letters, digits and dashes. */
	private static final Pattern WELL_FORMED = Pattern.compile("[A-Z0-9-]{1,16}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	BookingReferences(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	String next() {
		for (int attempt = 0; attempt < 20; attempt++) {
			String reference = candidate();
			if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM booking WHERE reference = ?)",
					Boolean.class, reference))) {
				return reference;
			}
		}
		throw new IllegalStateException("No free booking reference found in 20 tries");
	}

	/** Whether the text could be a reference at all, before it is looked up or put into a link. */
	public static boolean isWellFormed(String text) {
		return text != null && WELL_FORMED.matcher(text).matches();
	}

	static String candidate() {
		StringBuilder reference = new StringBuilder("FB-");
		for (int i = 0; i < 5; i++) {
			reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return reference.toString();
	}

}
