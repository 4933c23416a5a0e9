package org.fieldbook.system;

import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Why a JSON document could not be read, in the document's own words: where (a path such as
 * {@code technicians[3].workingHours}, line and column for malformed JSON) and what ("expected a list"), never a
 * Java type.
 *
 * @param path    the place in the document, empty for the document as a whole
 * @param message what is wrong there
 */
public record JsonReadProblem(String path, String message) {

	public static JsonReadProblem of(JsonProcessingException ex) {
		String path = ex instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
		if (ex instanceof UnrecognizedPropertyException unknown) {
			String known = unknown.getKnownPropertyIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
			return new JsonReadProblem(path(unknown.getPath().subList(0, unknown.getPath().size() - 1)),
					"unknown field " + Quoted.of(unknown.getPropertyName()) + " (the fields are " + known + ")");
		}
		if (ex instanceof InvalidFormatException format && format.getTargetType() == String.class) {
			return new JsonReadProblem(path, format.getOriginalMessage());
		}
		if (ex instanceof InvalidFormatException format) {
			return new JsonReadProblem(path,
					"expected " + kind(format.getTargetType()) + ", not " + Quoted.of(format.getValue()));
		}
		if (ex instanceof MismatchedInputException trailing && trailing.getOriginalMessage().startsWith("Trailing token")) {
			return new JsonReadProblem(path, "has more after its end" + location(trailing.getLocation()));
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return new JsonReadProblem(path, "expected " + kind(mismatch.getTargetType()));
		}
		// Reading errors met while mapping come wrapped, with the path of where they were met.
		JsonProcessingException reading = ex instanceof JsonMappingException
				&& ex.getCause() instanceof JsonProcessingException cause ? cause : ex;
		if (reading instanceof InputCoercionException) {
			return new JsonReadProblem(path, "the number is out of range" + location(reading.getLocation()));
		}
		if (reading instanceof StreamConstraintsException) {
			return new JsonReadProblem(path, "is nested too deeply or too long to read" + location(reading.getLocation()));
		}
		if (reading instanceof JsonMappingException) {
			return new JsonReadProblem(path, "could not be read");
		}
		String what = reading.getOriginalMessage();
		// Jackson's advice names its own settings (`JsonReadFeature…`); the place is enough then.
		return new JsonReadProblem(path, "malformed JSON" + location(reading.getLocation())
				+ (what == null || what.contains("`") ? "" : ": " + what));
	}

	private static String path(List<JsonMappingException.Reference> references) {
		String path = references.stream()
			.map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining());
		return path.startsWith(".") ? path.substring(1) : path;
	}

	private static String kind(Class<?> type) {
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a list";
		}
		if (type == String.class || type == Character.class) {
			return "text";
		}
		if (type == Integer.class || type == Long.class || type == Short.class || type == int.class
				|| type == long.class || type == short.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "a date and time such as \"2026-12-01T09:00:00Z\"";
		}
		return type.isEnum() ? "one of its allowed values" : "an object";
	}

	private static String location(JsonLocation location) {
		return location == null || location.getLineNr() < 0 ? ""
				: " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}

}
