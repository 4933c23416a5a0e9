package org.fieldbook.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.fieldbook.fuzz.FuzzRequest.Identity;
import org.fieldbook.support.ExampleCompany;

/**
 * {@code POST /api/v1/import} as an admin, with README's example file mutated field by field: a value of the wrong
 * kind or a hostile one, a field removed or added, a record doubled or repeated a thousand times; now and then the
 * file as a whole is broken (empty, cut short, not UTF-8, nested 10,000 deep) or sent with another content type
 * or by someone who may not import.
 */
final class ImportRequests implements FuzzRun.Requests {

	private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/json;charset=ISO-8859-1",
			"application/json;charset=nope", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
			"application/json, text/plain", "");

	private final ObjectNode example;

	ImportRequests() {
		try {
			example = (ObjectNode) JsonValues.MAPPER.readTree(ExampleCompany.json());
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	@Override
	public FuzzRequest next(SplittableRandom random) {
		FuzzRequest request = FuzzRequest.of("POST", "/api/v1/import").as(identity(random));
		String contentType = random.nextInt(12) == 0 ? Hostile.pick(random, CONTENT_TYPES) : "application/json";
		if (random.nextInt(7) == 0) {
			byte[] broken = brokenFile(random);
			return request.body(contentType, broken, List.of(new String(broken, StandardCharsets.UTF_8)));
		}
		JsonValues.Body body = new JsonValues.Body();
		JsonNode file = withBookingOnADayOfItsOwn(example.deepCopy(), random);
		for (int mutations = random.nextInt(5) < 3 ? 1 : 2 + random.nextInt(2); mutations > 0; mutations--) {
			file = mutate(file, random, body, request);
		}
		List<String> values = new ArrayList<>(JsonValues.strings(file));
		values.addAll(body.rawTexts());
		return request.body(contentType, body.write(file), values);
	}

	/**
	 * Moves the example's booking by whole days, so that a booking a mutated id has made (the file was valid) seldom
	 * overlaps the example's booking of a later request, which would be refused for that alone.
	 */
	private static ObjectNode withBookingOnADayOfItsOwn(ObjectNode file, SplittableRandom random) {
		ObjectNode booking = (ObjectNode) file.get("bookings").get(0);
		Duration shift = Duration.ofDays(random.nextInt(3_000));
		booking.put("start", Instant.parse(booking.get("start").textValue()).plus(shift).toString());
		booking.put("end", Instant.parse(booking.get("end").textValue()).plus(shift).toString());
		return file;
	}

	private static Identity identity(SplittableRandom random) {
		int draw = random.nextInt(50);
		return draw < 47 ? Identity.ADMIN : Hostile.pick(random, List.of(Identity.STAFF, Identity.ANONYMOUS, Identity.CUSTOMER));
	}

	/** One change at a node picked anywhere in the file; a change at the root replaces the whole file. */
	private static JsonNode mutate(JsonNode file, SplittableRandom random, JsonValues.Body body, FuzzRequest request) {
		List<Place> places = new ArrayList<>();
		collect(file, null, null, -1, "", places);
		Place place = Hostile.pick(random, places);
		if (place.parent == null) {
			JsonNode replacement = JsonValues.hostile(random, body);
			request.changed("the whole file ← " + shown(replacement, body));
			return replacement;
		}
		JsonNode replacement = switch (random.nextInt(20)) {
			case 0, 1 -> null;
			case 2 -> emptied(place.node).orElseGet(() -> JsonValues.hostile(random, body));
			case 3, 4 -> body.rawValue(random);
			case 5, 6, 7, 8, 9 -> place.node.isTextual()
					? JsonValues.MAPPER.getNodeFactory().textNode(Hostile.near(place.node.textValue(), random))
					: JsonValues.hostile(random, body);
			case 10, 11, 12 -> JsonValues.forField(place.field == null ? "" : place.field, random, body);
			case 13, 14 -> JsonValues.MAPPER.getNodeFactory().textNode(Hostile.longText(random));
			default -> JsonValues.hostile(random, body);
		};
		if (place.parent instanceof ObjectNode object) {
			if (replacement == null) {
				object.remove(place.field);
				request.changed(place.path + " removed");
				if (random.nextBoolean()) {
					String field = Hostile.any(random);
					object.set(field, JsonValues.hostile(random, body));
					request.changed(place.path.substring(0, Math.max(0, place.path.lastIndexOf('.'))) + " gained the field "
							+ FuzzRequest.show(field));
				}
			}
			else {
				object.set(place.field, replacement);
				request.changed(place.path + " ← " + shown(replacement, body));
			}
		}
		else if (place.parent instanceof ArrayNode array) {
			if (replacement == null) {
				int copies = random.nextInt(5) == 0 ? 1_000 : 1;
				for (int i = 0; i < copies; i++) {
					array.add(place.node.deepCopy());
				}
				request.changed(place.path + " repeated " + copies + " time(s) at the end");
			}
			else {
				array.set(place.index, replacement);
				request.changed(place.path + " ← " + shown(replacement, body));
			}
		}
		return file;
	}

	private static Optional<JsonNode> emptied(JsonNode node) {
		if (node instanceof ObjectNode object) {
			return Optional.of(object.deepCopy().removeAll());
		}
		if (node instanceof ArrayNode array) {
			return Optional.of(array.deepCopy().removeAll());
		}
		return Optional.empty();
	}

	private static String shown(JsonNode value, JsonValues.Body body) {
		return FuzzRequest.show(new String(body.write(value), StandardCharsets.UTF_8));
	}

	/** A node of the file: {@code path} as the import's errors name it, e.g. {@code technicians[0].home.lat}. */
	private record Place(JsonNode node, JsonNode parent, String field, int index, String path) {
	}

	private static void collect(JsonNode node, JsonNode parent, String field, int index, String path, List<Place> places) {
		places.add(new Place(node, parent, field, index, path));
		if (node instanceof ObjectNode object) {
			object.fieldNames().forEachRemaining(name -> collect(object.get(name), object, name, -1,
					path.isEmpty() ? name : path + "." + name, places));
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				collect(array.get(i), array, field, i, path + "[" + i + "]", places);
			}
		}
	}

	private byte[] brokenFile(SplittableRandom random) {
		byte[] file = example.toString().getBytes(StandardCharsets.UTF_8);
		return switch (random.nextInt(10)) {
			case 0 -> new byte[0];
			case 1 -> Hostile.pick(random, List.of("null", "[]", "{}", "\"file\"", "1", "true", " ", "{}{}", "{\"territories\":[],\"territories\":[]}"))
				.getBytes(StandardCharsets.UTF_8);
			case 2 -> Arrays.copyOf(file, random.nextInt(file.length));
			case 3 -> concat(new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf }, file);
			case 4 -> insert(file, random.nextInt(file.length), new byte[] { (byte) 0xc3, (byte) 0x28, (byte) 0xff, (byte) 0xfe });
			case 5 -> insert(file, random.nextInt(file.length), new byte[] { 0 });
			case 6 -> ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
			case 7 -> concat(file, file);
			case 8 -> (" ".repeat(Hostile.LONG) + example).getBytes(StandardCharsets.UTF_8);
			default -> new String(file, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
		};
	}

	private static byte[] insert(byte[] file, int at, byte[] bytes) {
		return concat(concat(Arrays.copyOf(file, at), bytes), Arrays.copyOfRange(file, at, file.length));
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
