package org.fieldbook.workforce;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fieldbook.system.ControlCharacters;
import org.fieldbook.workforce.InvalidWorkforceChangeException.Problem;

/** Collects what is wrong with a change, field by field, and refuses the change when anything is. */
final class FieldChecks {

	static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

	private final List<Problem> problems = new ArrayList<>();

	void add(String field, String messageKey, Object... arguments) {
		problems.add(new Problem(field, messageKey, arguments));
	}

	/** Present, at most {@code max} characters, no control characters; true when it is. */
	boolean text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			add(field, "admin.workforce.invalid.required");
			return false;
		}
		if (value.length() > max) {
			add(field, "admin.workforce.invalid.tooLong", max);
			return false;
		}
		if (ControlCharacters.find(value, false).isPresent()) {
			add(field, "admin.workforce.invalid.control");
			return false;
		}
		return true;
	}

	boolean present(String field, Object value) {
		if (value == null) {
			add(field, "admin.workforce.invalid.required");
		}
		return value != null;
	}

	void zone(String field, String zone) {
		if (present(field, zone) && !ZONES.contains(zone)) {
			add(field, "admin.workforce.invalid.timeZone");
		}
	}

	void range(String field, Number value, int min, int max) {
		if (present(field, value) && !(value.doubleValue() >= min && value.doubleValue() <= max)) {
			add(field, "admin.workforce.invalid.range", min, max);
		}
	}

	void refuseAny() {
		if (!problems.isEmpty()) {
			throw new InvalidWorkforceChangeException(problems);
		}
	}

}
