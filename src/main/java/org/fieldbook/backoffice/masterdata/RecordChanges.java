package org.fieldbook.backoffice.masterdata;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The audit trail's "old → new" of a changed record: each component that differs, a nested record's components by
 * their path ({@code address.city: Chicago → Evanston}); the Fieldbook id is left out, it never changes.
 */
final class RecordChanges {

	static final String NONE = "no change";

	private RecordChanges() {
	}

	static String between(Record before, Record after) {
		List<String> changes = new ArrayList<>();
		collect("", before, after, changes);
		return changes.isEmpty() ? NONE : String.join("; ", changes);
	}

	/** The record as a new one: each component as "name: → value". */
	static String created(Record record) {
		List<String> values = new ArrayList<>();
		collect("", null, record, values);
		return String.join("; ", values);
	}

	private static void collect(String path, Record before, Record after, List<String> changes) {
		Record shape = after == null ? before : after;
		if (shape == null) {
			return;
		}
		for (RecordComponent component : shape.getClass().getRecordComponents()) {
			if (path.isEmpty() && component.getName().equals("id")) {
				continue;
			}
			Object old = value(component, before);
			Object now = value(component, after);
			String name = path + component.getName();
			if (component.getType().isRecord()) {
				collect(name + ".", (Record) old, (Record) now, changes);
			}
			else if (!Objects.equals(old, now)) {
				changes.add(name + ": " + (old == null ? "" : old) + " → " + (now == null ? "" : now));
			}
		}
	}

	private static Object value(RecordComponent component, Record record) {
		if (record == null) {
			return null;
		}
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
