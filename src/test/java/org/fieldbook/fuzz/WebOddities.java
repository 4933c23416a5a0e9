package org.fieldbook.fuzz;

import java.util.List;
import java.util.SplittableRandom;

import org.fieldbook.fuzz.FuzzRequest.Identity;
import org.fieldbook.fuzz.FuzzRequest.Param;

/**
 * What a hand-made request adds to any page or form: a language switch, a parameter given twice or one nobody asked
 * for, an odd {@code Accept} or content type, a missing CSRF token. A form's POST carries its token nineteen
 * times in twenty, so that it reaches the controller.
 */
final class WebOddities {

	private static final List<String> ACCEPT = List.of("application/json", "text/event-stream", "*/*", "image/png",
			"application/problem+json", "text/html;q=0", "garbage/", "");

	private static final List<String> FORM_TYPES = List.of("application/json", "text/plain",
			"multipart/form-data; boundary=x", "application/x-www-form-urlencoded; charset=nope",
			"application/x-www-form-urlencoded; charset=UTF-16", "application/xml", "nope");

	private WebOddities() {
	}

	static FuzzRequest add(FuzzRequest request, SplittableRandom random) {
		if (random.nextInt(10) == 0) {
			request.param("lang", random.nextBoolean() ? Hostile.pick(random, List.of("en", "es", "fr", "de", "ar", "he"))
					: Hostile.forField("lang", random));
		}
		if (random.nextInt(10) == 0 && !request.params.isEmpty()) {
			Param twice = Hostile.pick(random, request.params);
			request.param(twice.name(), random.nextBoolean() ? twice.value() : Hostile.any(random));
		}
		if (random.nextInt(20) == 0) {
			request.param(Hostile.any(random), Hostile.any(random));
		}
		if (random.nextInt(20) == 0) {
			request.header("Accept", Hostile.pick(random, ACCEPT));
		}
		if (random.nextInt(20) == 0) {
			request.header("Accept-Language", Hostile.oneOf(random, List.of("ar", "he,en;q=0.5", "xx-YY", "*", ";q=x")));
		}
		if (request.method.equals("POST")) {
			request.withCsrf(random.nextInt(20) != 0);
			if (random.nextInt(20) == 0) {
				String type = Hostile.pick(random, FORM_TYPES);
				request.body(type, type.startsWith("application/json") ? "{\"" + Hostile.any(random) + "\":1}" : Hostile.any(random));
			}
		}
		return request;
	}

	/** Who asks for a signed-in page: mostly its rightful user, sometimes anyone else. */
	static Identity mostly(Identity rightful, SplittableRandom random) {
		return random.nextInt(10) < 7 ? rightful : Hostile.pick(random, List.of(Identity.values()));
	}

	/** Present, as a valid or hostile value, two times in three; else left out. */
	static void maybe(FuzzRequest request, String name, String valid, SplittableRandom random) {
		if (random.nextInt(3) != 0) {
			request.param(name, Hostile.orValid(valid, random));
		}
	}

}
