package org.fieldbook.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Codes that stand for a person in a link: 128 random bits, URL-safe; only their SHA-256 is stored. */
public final class SecretCodes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretCodes() {
	}

	/** 22 URL-safe characters carrying 128 bits from a cryptographic random source. */
	public static String newCode() {
		byte[] bits = new byte[16];
		RANDOM.nextBytes(bits);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
	}

	/** The stored form of a code: SHA-256 as 64 hex digits. */
	public static String hash(String code) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
