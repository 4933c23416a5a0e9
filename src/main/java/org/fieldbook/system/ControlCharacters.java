package org.fieldbook.system;

import java.io.IOException;
import java.util.OptionalInt;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Text that Fieldbook accepts holds no control characters but tab, line feed and carriage return: a NUL cannot be
 * stored by PostgreSQL, and the others are never typed on purpose. Pages, the API and the import refuse them where
 * they come in (forms and JSON). Directional formatting characters (U+202E…) are text, not controls: they are
 * kept, and shown isolated ({@link Bidi#contain}).
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** Where the first refused control character is, if any; line breaks pass only where {@code lineBreaks} is true. */
	public static OptionalInt find(String text, boolean lineBreaks) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && !(lineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
				return OptionalInt.of(i);
			}
		}
		return OptionalInt.empty();
	}

	/** What is wrong, in words for the one who sent it, e.g. {@code contains a control character (U+0000)}. */
	public static String describe(String text, int at) {
		return "contains a control character (U+%04X) at position %d".formatted((int) text.charAt(at), at + 1);
	}

	/** Every string a mapper reads goes through this rule; the error names the field's path like Jackson's own errors. */
	public static Module jsonModule() {
		return new SimpleModule("ControlCharacters").addDeserializer(String.class, new TextDeserializer());
	}

	private static final class TextDeserializer extends StdScalarDeserializer<String> {

		TextDeserializer() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (text == null) {
				return null;
			}
			OptionalInt at = find(text, true);
			if (at.isPresent()) {
				throw InvalidFormatException.from(parser, describe(text, at.getAsInt()), text, String.class);
			}
			return text;
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Textual;
		}

	}

}
