package org.fieldbook.fuzz;

import java.io.IOException;
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
 * unmet-demand report, the audit log and the service types, and a service type's PATCH body field by field.
 */
final class ApiRequests implements FuzzRun.Requests {

	private static final List<String> CUSTOMER_APIS = List.of("/api/v1/accounts", "/api/v1/contacts", "/api/v1/assets",
			"/api/v1/functional-locations");

	static final List<String> WORKFORCE = List.of("technicians", "territories", "skills");

	private static final List<String[]> WORKFORCE_FIELDS = List.of(new String[] { "externalId", "\"fuzz-x\"" },
			new String[] { "name", "\"Fuzz\"" }, new String[] { "timeZone", "\"America/Chicago\"" },
			new String[] { "active", "true" }, new String[] { "homeLat", "41.9" }, new String[] { "homeLon", "-87.6" },
			new String[] { "skills", "[{\"skill\":1,\"level\":5}]" },
			new String[] { "hours", "[{\"day\":\"MONDAY\",\"from\":\"08:00\",\"to\":\"12:00\"}]" },
			new String[] { "timeOff", "[{\"from\":\"2026-12-24T08:00\",\"to\":\"2026-12-24T12:00\"}]" },
			new String[] { "territories", "[1]" });

	private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
			"application/json;charset=nope", "application/json;charset=UTF-16", "application/*", "nope");

	private final FuzzWorld world;

	ApiRequests(FuzzWorld world) {
		this.world = world;
	}

	@Override
	public FuzzRequest next(SplittableRandom random) {
		String reference = Hostile.pick(random, world.references);
		String link = Hostile.orValid(Long.toString(world.linkId), random);
		FuzzRequest request = switch (random.nextInt(43)) {
			case 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 -> slotSearch(random);
			case 10 -> FuzzRequest.of("GET", "/api/v1/unmet-demand").param("days", Hostile.orValid(random.nextBoolean() ? "7" : "30", random));
			case 11 -> auditFilters(FuzzRequest.of("GET", "/api/v1/audit"), random);
			case 12 -> serviceTypeFilters(FuzzRequest.of("GET", "/api/v1/service-types"), random);
			case 13 -> FuzzRequest.of("GET", "/api/v1/service-types/{externalId}", Hostile.orValid(ServiceWorld.SERVICE_TYPE, random));
			case 14 -> serviceTypeChange(random);
			case 15, 16, 17 -> FuzzRequest.of("POST", "/api/v1/bookings/{reference}/complete",
					random.nextInt(10) == 0 ? reference : Hostile.orValid(reference, random));
			case 18, 19, 20 -> FuzzRequest.of("POST", "/api/v1/contacts/{externalId}/invitation",
					Hostile.oneOf(random, List.of(FuzzWorld.CONTACT, ServiceWorld.CONTACT, "c-none")));
			case 21 -> FuzzRequest.of("POST", "/api/v1/invitations/all-existing-contacts");
			case 22 -> FuzzRequest.of(Hostile.pick(random, List.of("GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")),
					Hostile.pick(random, List.of("/api/v1/slot-search", "/api/v1/import", "/api/v1/bookings/{reference}/complete",
							"/api/v1/contacts/{externalId}/invitation")), reference);
			case 23 -> FuzzRequest.of(random.nextBoolean() ? "GET" : "POST", "/api/v1/{path}", Hostile.any(random));
			case 24 -> workforceFilters(FuzzRequest.of("GET", "/api/v1/{kind}", Hostile.pick(random, WORKFORCE)), random);
			case 25 -> workforceBody(FuzzRequest.of(Hostile.pick(random, List.of("GET", "PATCH", "POST", "DELETE")),
					Hostile.pick(random, List.of("/api/v1/{kind}/{id}", "/api/v1/{kind}/{id}/deactivate")),
					Hostile.pick(random, WORKFORCE), Hostile.orValid("1", random)), random);
			case 26 -> workforceBody(FuzzRequest.of("POST", "/api/v1/{kind}", Hostile.pick(random, WORKFORCE)), random);
			case 27 -> FuzzRequest.of("GET", "/api/v1/settings");
			case 28 -> settingsPatch(random);
			case 29 -> customerFilters(FuzzRequest.of("GET", Hostile.pick(random, CUSTOMER_APIS)), random);
			case 30 -> FuzzRequest.of("GET", Hostile.pick(random, CUSTOMER_APIS.subList(0, 3)) + "/{id}",
					Hostile.orValid("1", random));
			case 31 -> FuzzRequest.of(Hostile.pick(random, List.of("POST", "PUT")), Hostile.pick(random, CUSTOMER_APIS.subList(0, 3))
					+ (random.nextBoolean() ? "" : "/{id}"), Hostile.pick(random, List.of("0", "-1", "9223372036854775808", "x")))
				.body("application/json", Hostile.pick(random, List.of("{}", "", "null", "[]", "{\"id\":\"fz\",\"address\":{}}",
						"{\"id\":\"fz\",\"name\":\"F\",\"account\":\"" + FuzzWorld.ACCOUNT + "\",\"active\":\"x\"}",
						Hostile.any(random))));
			case 32 -> FuzzRequest.of("POST", "/api/v1/import").param("dryRun", Hostile.orValid("true", random))
				.body("application/json", Hostile.pick(random, List.of("{}", "", "{\"accounts\":[null]}", Hostile.any(random))));
			case 33 -> messageFilters(FuzzRequest.of("GET", "/api/v1/notifications"), random);
			case 34 -> random.nextBoolean() ? linkFilters(FuzzRequest.of("GET", "/api/v1/link-codes"), random)
					: FuzzRequest.of("GET", "/api/v1/link-codes/{id}", link);
			case 35 -> FuzzRequest.of("GET", "/api/v1/notifications/{id}", Hostile.orValid(Long.toString(world.notificationId), random));
			case 36 -> FuzzRequest.of("POST", "/api/v1/link-codes/{id}/" + Hostile.pick(random, List.of("extend", "expire", "block")), link)
				.param("days", Hostile.orValid("7", random));
			case 37 -> invitationFilters(FuzzRequest.of("GET", "/api/v1/invitations"), random);
			case 38 -> bookingFilters(FuzzRequest.of("GET", "/api/v1/bookings"), random);
			case 39 -> FuzzRequest.of("GET", "/api/v1/bookings/{reference}", Hostile.orValid(reference, random));
			case 40, 41 -> FuzzRequest.of("POST", "/api/v1/bookings/{reference}/{action}", Hostile.orValid(reference, random),
					Hostile.oneOf(random, List.of("reschedule", "cancel", "reassign")))
				.body("application/json", Hostile.pick(random, List.of("{}", "", "null", "[]", "{\"startsAt\":\"2026-12-03T15:00:00Z\"}",
						"{\"startsAt\":null,\"technicians\":[null]}", "{\"reason\":\"" + Hostile.any(random).replace("\"", "") + "\"}",
						"{\"technician\":\"tech-ana\"}", Hostile.any(random))));
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

	/** The service types' filters and paging, each present or not, valid or not: for their screen and their API. */
	static FuzzRequest serviceTypeFilters(FuzzRequest request, SplittableRandom random) {
		for (String[] filter : List.of(new String[] { "text", "boiler" }, new String[] { "onPortal", "no" },
				new String[] { "sort", "duration-desc" }, new String[] { "page", "2" })) {
			if (random.nextInt(3) == 0) {
				request.param(filter[0], Hostile.orValid(filter[1], random));
			}
		}
		return request;
	}

	/** A service type's PATCH: each field present or not, valid or not; the path's id now and then not the world's. */
	private FuzzRequest serviceTypeChange(SplittableRandom random) {
		FuzzRequest request = FuzzRequest.of("PATCH", "/api/v1/service-types/{externalId}",
				random.nextInt(8) == 0 ? Hostile.any(random) : ServiceWorld.SERVICE_TYPE);
		JsonValues.Body body = new JsonValues.Body();
		ObjectNode change = JsonValues.MAPPER.createObjectNode();
		if (random.nextBoolean()) {
			change.put("onPortal", random.nextBoolean());
		}
		field(change, "durationMinutes", Integer.toString(5 + random.nextInt(1436)), random, body);
		field(change, "crewSize", Integer.toString(1 + random.nextInt(20)), random, body);
		ObjectNode names = change.putObject("portalNames");
		field(names, Hostile.orValid("es", random), "Revisión", random, body);
		ObjectNode skills = change.putObject("skills");
		field(skills, Hostile.orValid("gas", random), Integer.toString(random.nextInt(11)), random, body);
		byte[] content = body.write(change);
		List<String> values = new ArrayList<>(JsonValues.strings(change));
		values.addAll(body.rawTexts());
		return request.body("application/json", content, values.isEmpty() ? List.of(new String(content, StandardCharsets.UTF_8)) : values);
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

	/** The lists of technicians, territories and skills: their filters, sorting and paging, valid or not. */
	static FuzzRequest workforceFilters(FuzzRequest request, SplittableRandom random) {
		for (String[] filter : List.of(new String[] { "q", "ana" }, new String[] { "territory", "1" },
				new String[] { "active", "true" }, new String[] { "sort", "externalId" }, new String[] { "dir", "desc" },
				new String[] { "page", "2" })) {
			if (random.nextInt(3) == 0) {
				request.param(filter[0], Hostile.orValid(filter[1], random));
			}
		}
		return request;
	}

	/** A technician's, territory's or skill's JSON: each field present or not, valid or not. */
	private static FuzzRequest workforceBody(FuzzRequest request, SplittableRandom random) {
		JsonValues.Body body = new JsonValues.Body();
		ObjectNode change = JsonValues.MAPPER.createObjectNode();
		for (String[] field : WORKFORCE_FIELDS) {
			if (random.nextInt(3) == 0) {
				change.set(field[0], switch (random.nextInt(4)) {
					case 0 -> JsonValues.hostile(random, body);
					case 1 -> JsonValues.forField(field[0], random, body);
					default -> read(field[1]);
				});
			}
		}
		byte[] content = body.write(change);
		List<String> values = new ArrayList<>(JsonValues.strings(change));
		values.addAll(body.rawTexts());
		return request.body("application/json", content, values.isEmpty() ? List.of(new String(content, StandardCharsets.UTF_8)) : values);
	}

	private static JsonNode read(String json) {
		try {
			return JsonValues.MAPPER.readTree(json);
		}
		catch (IOException notJson) {
			throw new IllegalStateException(notJson);
		}
	}

	/** A change of the settings: its If-Match mostly stale or bent, its body valid, bent or hostile. */
	private static FuzzRequest settingsPatch(SplittableRandom random) {
		FuzzRequest request = FuzzRequest.of("PATCH", "/api/v1/settings")
			.body(Hostile.pick(random, List.of("application/json", "application/merge-patch+json", "text/plain")),
					Hostile.pick(random, List.of("{}", "", "null", "[]", "{\"general\":null}", "{\"display\":{}}",
							"{\"selfScheduling\":{\"minimumLeadDays\":" + Hostile.orValid("2", random) + "}}",
							"{\"general\":{\"communicationType\":\"" + Hostile.orValid("SMS", random) + "\"}}",
							"{\"selfScheduling\":{\"slotStepMinutes\":1e400}}", Hostile.any(random))));
		if (random.nextInt(4) != 0) {
			request.header("If-Match", Hostile.orValid("\"settings-0\"", random));
		}
		return request;
	}

	/** The filters and paging of the account, contact, asset and functional location lists: for the screens and the API. */
	static FuzzRequest customerFilters(FuzzRequest request, SplittableRandom random) {
		for (String[] filter : List.of(new String[] { "q", "lee" }, new String[] { "active", "true" },
				new String[] { "account", FuzzWorld.ACCOUNT }, new String[] { "sort", "-name" }, new String[] { "page", "2" })) {
			if (random.nextInt(3) == 0) {
				request.param(filter[0], Hostile.orValid(filter[1], random));
			}
		}
		return request;
	}

	static FuzzRequest messageFilters(FuzzRequest request, SplittableRandom random) {
		return filters(request, random, List.of(new String[] { "type", "BOOKING_CONFIRMED" }, new String[] { "channel", "SMS" },
				new String[] { "state", "FAILED" }, new String[] { "contact", "sam" }, new String[] { "reference", "FB-AAAA1" },
				new String[] { "from", "2026-11-01" }, new String[] { "to", "2026-12-31" }, new String[] { "page", "2" },
				new String[] { "sort", "oldest" }));
	}

	static FuzzRequest linkFilters(FuzzRequest request, SplittableRandom random) {
		return filters(request, random, List.of(new String[] { "reference", "FB-AAAA1" }, new String[] { "recipient", "sam" },
				new String[] { "state", "BLOCKED" }, new String[] { "expiresFrom", "2026-11-01" },
				new String[] { "expiresTo", "2026-12-31" }, new String[] { "page", "2" }, new String[] { "sort", "EXPIRY" }));
	}

	private static FuzzRequest filters(FuzzRequest request, SplittableRandom random, List<String[]> filters) {
		for (String[] filter : filters) {
			if (random.nextInt(3) == 0) {
				request.param(filter[0], Hostile.orValid(filter[1], random));
			}
		}
		return request;
	}

	/** The invitation list's filters, sorting and paging, each present or not, valid or not: for its screen and its API. */
	static FuzzRequest invitationFilters(FuzzRequest request, SplittableRandom random) {
		for (String[] filter : List.of(new String[] { "status", "PENDING" }, new String[] { "text", "sam" },
				new String[] { "from", "2026-11-01" }, new String[] { "to", "2026-12-31" }, new String[] { "sort", "EXPIRES" },
				new String[] { "dir", "asc" }, new String[] { "page", "2" })) {
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

}
