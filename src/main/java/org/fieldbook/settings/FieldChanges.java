package org.fieldbook.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.fieldbook.settings.InvalidSettingsException.FieldProblem;

/**
 * The fields one {@link SettingsChange} names: first every check, then, only when none refused its field, the writes
 * with their old → new. A field that is not named (null) is neither checked nor written.
 */
final class FieldChanges {

	private final List<FieldProblem> problems = new ArrayList<>();

	private final List<Runnable> writes = new ArrayList<>();

	private final List<SettingChanged> changed = new ArrayList<>();

	void within(String field, Integer value, int min, int max) {
		if (value != null && (value < min || value > max)) {
			refuse(field, "admin.settings.invalid.range", min, max);
		}
	}

	void oneOf(String field, Integer value, Set<Integer> allowed, String messageKey) {
		if (value != null && !allowed.contains(value)) {
			refuse(field, messageKey);
		}
	}

	void refuse(String field, String messageKey, Object... arguments) {
		problems.add(new FieldProblem(field, messageKey, arguments));
	}

	boolean refused(String field) {
		return problems.stream().anyMatch(problem -> problem.field().equals(field));
	}

	<T> void set(String field, T value, T current, Consumer<T> setter) {
		if (value != null && !value.equals(current)) {
			changed.add(new SettingChanged(field, String.valueOf(current), String.valueOf(value)));
			writes.add(() -> setter.accept(value));
		}
	}

	/** @throws InvalidSettingsException naming every refused field; then nothing is written */
	List<SettingChanged> apply() {
		if (!problems.isEmpty()) {
			throw new InvalidSettingsException(problems);
		}
		writes.forEach(Runnable::run);
		return List.copyOf(changed);
	}

}
