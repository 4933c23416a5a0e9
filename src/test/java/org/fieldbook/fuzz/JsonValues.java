package org.fieldbook.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * JSON values of the wrong kind (numbers for strings, arrays for objects, huge and negative numbers, null) and raw
 * text that is no JSON at all or nests 10,000 deep. Raw text sits in the tree as a marker until the body is
 * written.
 */
final class JsonValues {

	static final ObjectMapper MAPPER = new ObjectMapper();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	static final List<String> RAW = List.of("[".repeat(10_000) + "]".repeat(10_000),
			"{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), "NaN", "Infinity", "-Infinity", "'single'", "01", "1.", ".5",
			"tru", "\"unterminated", "\"\\uZZZZ\"", "\"\\ud800\"", "/* comment */ 1", "[1,]", "{\"a\":1,}", "\"\u0000\"",
			"\"a\nb\"", "1e99999999999", "-", "{\"a\" 1}", "[1 2]", "undefined", "\"\\u0000\"", "0x1F");

	/** Raw texts placed in one body, by marker number. */
	static final class Body {

		private final List<String> raw = new ArrayList<>();

		JsonNode rawValue(SplittableRandom random) {
			raw.add(Hostile.pick(random, RAW));
			return new TextNode(marker(raw.size() - 1));
		}

		byte[] write(JsonNode tree) {
			String json;
			try {
				json = MAPPER.writeValueAsString(tree);
			}
			catch (JsonProcessingException unwritable) {
				throw new IllegalStateException(unwritable);
			}
			for (int i = 0; i < raw.size(); i++) {
				json = json.replace("\"" + marker(i) + "\"", raw.get(i));
			}
			return json.getBytes(StandardCharsets.UTF_8);
		}

		List<String> rawTexts() {
			return raw;
		}

		private static String marker(int index) {
			return "@@raw" + index + "@@";
		}

	}

	private JsonValues() {
	}

	/** A value of any kind but the expected one, or a string that is hostile itself. */
	static JsonNode hostile(SplittableRandom random, Body body) {
		return switch (random.nextInt(14)) {
			case 0 -> NODES.numberNode(random.nextInt());
			case 1 -> NODES.numberNode(random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE);
			case 2 -> NODES.numberNode(new BigInteger("9".repeat(1 + random.nextInt(400))));
			case 3 -> NODES.numberNode(new BigDecimal(random.nextBoolean() ? "1e309" : "-1e-400"));
			case 4 -> NODES.numberNode(random.nextBoolean() ? -0.0 : 1.5);
			case 5 -> NODES.booleanNode(random.nextBoolean());
			case 6 -> NODES.nullNode();
			case 7 -> array(random, body);
			case 8 -> object(random, body);
			case 9 -> body.rawValue(random);
			default -> NODES.textNode(Hostile.any(random));
		};
	}

	/** The field's own kind of value, bent: a string that is hostile for its field, or any hostile value. */
	static JsonNode forField(String field, SplittableRandom random, Body body) {
		return random.nextBoolean() ? NODES.textNode(Hostile.forField(field, random)) : hostile(random, body);
	}

	private static ArrayNode array(SplittableRandom random, Body body) {
		ArrayNode array = NODES.arrayNode();
		for (int i = random.nextInt(3); i > 0; i--) {
			array.add(random.nextBoolean() ? NODES.textNode(Hostile.any(random)) : NODES.numberNode(random.nextInt()));
		}
		return array;
	}

	private static ObjectNode object(SplittableRandom random, Body body) {
		ObjectNode object = NODES.objectNode();
		object.set(random.nextBoolean() ? "id" : Hostile.any(random), random.nextBoolean() ? NODES.textNode(Hostile.any(random))
				: NODES.objectNode());
		return object;
	}

	/** Every string in the tree: what an answer may repeat. */
	static List<String> strings(JsonNode tree) {
		List<String> strings = new ArrayList<>();
		collect(tree, strings);
		return strings;
	}

	private static void collect(JsonNode node, List<String> strings) {
		if (node.isTextual()) {
			strings.add(node.textValue());
		}
		node.fieldNames().forEachRemaining(strings::add);
		node.elements().forEachRemaining(child -> collect(child, strings));
	}

}
