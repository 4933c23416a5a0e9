package org.fieldbook.masterdata;

/**
 * One reason why an import file is rejected, naming the record and the field.
 *
 * @param record  the record, e.g. {@code technicians[2] (id "t3")}, or {@code file}
 * @param field   the field within it, e.g. {@code timeZone}, or null when the record as a whole is at fault
 * @param message what is wrong, in words an admin can act on
 */
public record ImportProblem(String record, String field, String message) {

	@Override
	public String toString() {
		return field == null ? record + ": " + message : record + " field \"" + field + "\": " + message;
	}

}
