package org.fieldbook.portal.signin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A customer's new password: at least 12 characters, and not one of the commonly used ones. */
@Component
class PasswordRules {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordRules() {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(
				new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			common = lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What the new-password form shows: the minimum length and, after a try, what was wrong. */
	static void describe(Model model, String problem) {
		model.addAttribute("minLength", MIN_LENGTH);
		model.addAttribute("passwordProblem", problem);
	}

	/** The message key of what is wrong with the password, or empty when it is acceptable. */
	Optional<String> problem(String password, String confirmation) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		if (common.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.common");
		}
		if (!password.equals(confirmation)) {
			return Optional.of("password.mismatch");
		}
		return Optional.empty();
	}

}
