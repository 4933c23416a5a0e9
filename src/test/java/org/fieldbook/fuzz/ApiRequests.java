package org.fieldbook.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.fieldbook.fuzz.FuzzRequest.Identity;
import org.fieldbook.support.ServiceWorld;

/**
 * Every endpoint under {@code /api/v1}, as an admin, a dispatcher, a customer, a principal without roles, a stranger
 * and anonymously: the slot search with its JSON body field by field (instants out of range, wrong types, deep
 * nesting, no body, other content types), the path variables of completion and re-invitation, the filters of the
 * unmet-demand report, the audit log and the booking search, and the bodies of the booking changes.
 */
final class ApiRequests implements FuzzRun.Requests {

	private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
			"application/json;charset=nope", "application/json;charset=UTF-16", "application/*", "nope");

	private final FuzzWorld world;

	ApiRequests(FuzzWorld world) {
		this.world = world;
	}

	@Override
	public FuzzRequest next(SplittableRandom random) {
		String reference = Hostile.pick(random, world.references);
		FuzzRequest request = switch (random.nextInt(26)) {
			case 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 -> slotSearch(random);
			case 20 -> FuzzRequest.of("GET", "/api/v1/unmet-demand").param("days", Hostile.orValid(random.nextBoolean() ? "7" : "30", random));
			case 21 -> auditFilters(FuzzRequest.of("GET", "/api/v1/audit"), random);
			case 22 -> bookingFilters(FuzzRequest.of("GET", "/api/v1/bookings"), random);
			case 23 -> FuzzRequest.of("GET", "/api/v1/bookings/{reference}", Hostile.orValid(reference, random));
			case 24, 25 -> FuzzRequest.of("POST", "/api/v1/bookings/{reference}/{action}", Hostile.orValid(reference, random),
					Hostile.oneOf(random, List.of("reschedule", "cancel", "reassign")))
				.body("application/json", Hostile.pick(random, List.of("{}", "", "null", "[]", "{\"startsAt\":\"2026-12-03T15:00:00Z\"}",
						"{\"startsAt\":null,\"technicians\":[null]}", "{\"reason\":\"" + Hostile.any(random).replace("\"", "") + "\"}",
						"{\"technician\":\"tech-ana\"}", Hostile.any(random))));
			case 10, 11, 12 -> FuzzRequest.of("POST", "/api/v1/bookings/{reference}/complete",
					random.nextInt(10) == 0 ? reference : Hostile.orValid(reference, random));
			case 13, 14, 15 -> FuzzRequest.of("POST", "/api/v1/contacts/{externalId}/invitation",
					Hostile.oneOf(random, List.of(FuzzWorld.CONTACT, ServiceWorld.CONTACT, "c-none")));
			case 16 -> FuzzRequest.of("POST", "/api/v1/invitations/all-existing-contacts");
			case 17 -> FuzzRequest.of(Hostile.pick(random, List.of("GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")),
					Hostile.pick(random, List.of("/api/v1/slot-search", "/api/v1/import", "/api/v1/bookings/{reference}/complete",
							"/api/v1/contacts/{externalId}/invitation")), reference);
			case 18 -> FuzzRequest.of(random.nextBoolean() ? "GET" : "POST", "/api/v1/{path}", Hostile.any(random));
			default -> FuzzRequest.of("POST", "/api/v1/import").body("application/json", Hostile.pick(random,
					List.of("{}", "", "null", "[]", "{\"accounts\":[null]}", "{\"bookings\":[{}]}", Hostile.any(random))));
		};
		request.as(identity(random));
		if (random.nextInt(15) == 0) {
			request.header("Accept", Hostile.pick(random, List.of("text/html", "application/xml", "image/png", "*/*", "nope")));
		}
		return request;
	}

	private static Identity identity(SplittableRandom random) {
		int draw = random.nextInt(20);
		return draw < 7 ? Identity.ADMIN : draw < 12 ? Identity.STAFF : Hostile.pick(random, List.of(Identity.values()));
	}

	/** The audit log's filters and paging, each present or not, valid or not: for its screen and its API. */
	static FuzzRequest auditFilters(FuzzRequest request, SplittableRandom random) {
		for (String[] filter : List.of(new String[] { "actor", "admin" }, new String[] { "action", "link-code.extended" },
				new String[] { "subject", "FB-AAAA1" }, new String[] { "from", "2026-11-01" }, new String[] { "to", "2026-12-31" },
				new String[] { "page", "2" }, new String[] { "sort", "oldest" })) {
			if (random.nextInt(3) == 0) {
				request.param(filter[0], Hostile.orValid(filter[1], random));
			}
		}
		return request;
	}

	/** The booking search's filters and paging, each present or not, valid or not. */
	private static FuzzRequest bookingFilters(FuzzRequest request, SplittableRandom random) {
		for (String[] filter : List.of(new String[] { "territory", "chicago" }, new String[] { "technician", ServiceWorld.TECHNICIAN },
				new String[] { "from", "2026-12-01T00:00:00Z" }, new String[] { "to", "2026-12-31T00:00:00Z" },
				new String[] { "status", "SCHEDULED" }, new String[] { "reference", "FB-AAAA1" },
				new String[] { "account", ServiceWorld.ACCOUNT }, new String[] { "page", "2" })) {
			if (random.nextInt(3) == 0) {
				request.param(filter[0], Hostile.orValid(filter[1], random));
			}
		}
		return request;
	}

	/** The slot search's body: each field present or not, valid or not; sometimes no JSON object at all. */
	private FuzzRequest slotSearch(SplittableRandom random) {
		FuzzRequest request = FuzzRequest.of("POST", "/api/v1/slot-search");
		String contentType = random.nextInt(15) == 0 ? Hostile.pick(random, CONTENT_TYPES) : "application/json";
		JsonValues.Body body = new JsonValues.Body();
		JsonNode tree;
		if (random.nextInt(12) == 0) {
			tree = JsonValues.hostile(random, body);
		}
		else {
			ObjectNode search = JsonValues.MAPPER.createObjectNode();
			field(search, "serviceType", ServiceWorld.SERVICE_TYPE, random, body);
			field(search, "account", FuzzWorld.ACCOUNT, random, body);
			field(search, "asset", FuzzWorld.ASSET, random, body);
			field(search, "now", "2026-12-01T09:00:00Z", random, body);
			if (random.nextInt(15) == 0) {
				search.set(Hostile.any(random), JsonValues.hostile(random, body));
			}
			tree = search;
		}
		List<String> values = new ArrayList<>(JsonValues.strings(tree));
		values.addAll(body.rawTexts());
		byte[] content = random.nextInt(30) == 0 ? new byte[0] : body.write(tree);
		return request.body(contentType, content, values.isEmpty() ? List.of(new String(content, StandardCharsets.UTF_8)) : values);
	}

	/** Valid nearly half the time, so that the other fields' faults are reached too. */
	private static void field(ObjectNode search, String name, String valid, SplittableRandom random, JsonValues.Body body) {
		switch (random.nextInt(9)) {
			case 0 -> {
			}
			case 1, 2, 3, 4 -> search.put(name, valid);
			case 5 -> search.put(name, Hostile.near(valid, random));
			case 6, 7 -> search.set(name, JsonValues.forField(name, random, body));
			default -> search.set(name, JsonValues.hostile(random, body));
		}
	}

}
