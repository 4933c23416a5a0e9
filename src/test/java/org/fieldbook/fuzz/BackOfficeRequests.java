package org.fieldbook.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

import org.fieldbook.fuzz.FuzzRequest.Identity;
import org.fieldbook.support.ServiceWorld;

/**
 * Every page and form of the back office with its parameters and path variables valid, bent or hostile, mostly as
 * a dispatcher or an admin, sometimes as a customer or anonymously. The staff sign-in only ever fails for strangers,
 * so that no staff user is throttled or locked.
 */
final class BackOfficeRequests implements FuzzRun.Requests {

	private static final List<String> MASTER_DATA_FORMS = List.of("/admin/master-data/accounts", "/admin/master-data/contacts",
			"/admin/master-data/assets");

	private static final List<String> MASTER_DATA_LISTS = List.of("/admin/master-data/accounts", "/admin/master-data/contacts",
			"/admin/master-data/assets", "/admin/master-data/functional-locations", "/admin/master-data");

	private static final List<String> UNKNOWN_IDS = List.of("0", "-1", "9223372036854775807", "9223372036854775808", "1e3");

	private static final List<String> IDS = List.of("0", "-1", "9223372036854775807", "9223372036854775808", "1e3", "1.0",
			"0x1", "+1", " 1", "\u0661");

	private final FuzzWorld world;

	BackOfficeRequests(FuzzWorld world) {
		this.world = world;
	}

	@Override
	public FuzzRequest next(SplittableRandom random) {
		return WebOddities.add(request(random), random);
	}

	private FuzzRequest request(SplittableRandom random) {
		String reference = Hostile.pick(random, world.references);
		String link = id(Long.toString(world.linkId), random);
		return switch (random.nextInt(60)) {
			case 0 -> staff(FuzzRequest.of("GET", "/admin"), random);
			case 1 -> FuzzRequest.of("GET", "/admin/login").param(random.nextBoolean() ? "error" : "logout", Hostile.any(random));
			case 2 -> FuzzRequest.of("POST", "/admin/login").param("username", FuzzWorld.strangerName(Hostile.any(random)))
				.param("password", Hostile.any(random));
			case 3 -> staff(FuzzRequest.of("GET", "/admin/{path}", Hostile.any(random)), random);
			case 4 -> ApiRequests.auditFilters(staff(FuzzRequest.of("GET", "/admin/audit"), random), random);
			case 5 -> ApiRequests.serviceTypeFilters(staff(FuzzRequest.of("GET", "/admin/service-types"), random), random);
			case 6 -> staff(FuzzRequest.of("GET", "/admin/service-types/{id}", Hostile.orValid(ServiceWorld.SERVICE_TYPE, random)), random);
			case 7 -> serviceTypeForm(staff(FuzzRequest.of("POST", "/admin/service-types/{id}",
					random.nextInt(8) == 0 ? Hostile.any(random) : ServiceWorld.SERVICE_TYPE), random), random);
			case 8 -> FuzzRequest.of("POST", "/admin/logout").as(Hostile.pick(random, List.of(Identity.ANONYMOUS, Identity.STAFF)));
			case 9 -> staff(FuzzRequest.of("GET", "/admin/settings/display"), random)
				.param("previewLanguage", Hostile.forField("language", random));
			case 10, 11 -> display(staff(FuzzRequest.of("POST", "/admin/settings/display"), random), random);
			case 12 -> display(staff(FuzzRequest.of("GET", Hostile.pick(random,
					List.of("/admin/settings/display/preview/email", "/admin/settings/display/preview.css"))), random), random);
			case 13 -> staff(FuzzRequest.of("POST", "/admin/settings/display/header-image/remove"), random)
				.param("version", Hostile.pick(random, IDS));
			case 14 -> headerImage(staff(FuzzRequest.of("POST", "/admin/settings/display/header-image"), random), random);
			case 15 -> ApiRequests.workforceFilters(staff(FuzzRequest.of("GET", "/admin/master-data/{kind}",
					Hostile.pick(random, ApiRequests.WORKFORCE)), random), random);
			case 16 -> staff(FuzzRequest.of("GET", Hostile.pick(random, List.of("/admin/master-data/{kind}/{id}",
					"/admin/master-data/{kind}/new")), Hostile.pick(random, ApiRequests.WORKFORCE), id("1", random)), random);
			case 17, 18 -> workforceForm(staff(FuzzRequest.of("POST", Hostile.pick(random, List.of("/admin/master-data/{kind}/{id}",
					"/admin/master-data/{kind}", "/admin/master-data/{kind}/{id}/deactivate")),
					Hostile.pick(random, ApiRequests.WORKFORCE), id("1", random)), random), random);
			case 19 -> staff(FuzzRequest.of("GET", "/admin/settings/general"), random)
				.param(random.nextBoolean() ? "accountSearch" : "serviceTypeSearch", Hostile.orValid("lee", random));
			case 20 -> staff(FuzzRequest.of("GET", Hostile.pick(random, List.of("/admin/settings", "/admin/settings/self-scheduling",
					"/admin/settings/general/invite-existing"))), random);
			case 21 -> selfScheduling(staff(FuzzRequest.of("POST", "/admin/settings/self-scheduling"), random), random);
			case 22 -> staff(FuzzRequest.of("POST", "/admin/settings/general"), random)
				.param("version", Hostile.orValid("0", random))
				.param("invitations", Hostile.orValid(random.nextBoolean() ? "OFF" : "NEW_CONTACTS", random))
				.param("communicationType", Hostile.orValid("BOTH", random))
				.param("messageInvitation", Hostile.orValid("true", random));
			case 23 -> staff(FuzzRequest.of("POST", Hostile.pick(random, List.of("/admin/settings/general/excluded-accounts",
					"/admin/settings/general/excluded-service-types"))), random)
				.param(random.nextBoolean() ? "accountId" : "serviceTypeId", id("1", random))
				.param("accountSearch", Hostile.orValid("lee", random));
			case 24 -> staff(FuzzRequest.of("POST", Hostile.pick(random, List.of("/admin/settings/general/excluded-accounts/{id}/remove",
					"/admin/settings/general/excluded-service-types/{id}/remove")), id("1", random)), random);
			case 25, 26 -> ApiRequests.customerFilters(staff(FuzzRequest.of("GET", Hostile.pick(random, MASTER_DATA_LISTS)), random),
					random);
			case 27 -> staff(FuzzRequest.of("GET", Hostile.pick(random, MASTER_DATA_LISTS) + "/{id}", id("1", random)), random);
			case 28, 29 -> masterDataForm(staff(FuzzRequest.of("POST", Hostile.pick(random, MASTER_DATA_FORMS) + "/{id}",
					random.nextBoolean() ? "new" : Hostile.pick(random, UNKNOWN_IDS)), random), random);
			case 30 -> staff(FuzzRequest.of("POST", Hostile.pick(random, List.of("/admin/master-data/import/apply",
					"/admin/master-data/import/preview"))), random).param("digest", Hostile.any(random));
			case 31 -> ApiRequests.messageFilters(staff(FuzzRequest.of("GET", "/admin/notifications"), random), random);
			case 32, 33 -> staff(FuzzRequest.of("GET", "/admin/notifications/{id}" + Hostile.pick(random, List.of("", "/html", "/calendar.ics")),
					id(Long.toString(world.notificationId), random)), random);
			case 34, 35 -> ApiRequests.linkFilters(staff(FuzzRequest.of("GET", "/admin/links"), random), random)
				.param("reference", Hostile.orValid(reference, random));
			case 36, 37, 38 -> days(staff(FuzzRequest.of("POST", "/admin/links/{id}/extend", link), random), random);
			case 39 -> staff(FuzzRequest.of("POST", "/admin/links/{id}/expire", link), random);
			case 40 -> staff(FuzzRequest.of("POST", "/admin/links/{id}/block", link), random);
			case 41 -> staff(FuzzRequest.of("GET", "/admin/links/{id}", link), random);
			case 42 -> staff(FuzzRequest.of("GET", "/admin/notifications"), random);
			case 43, 44 -> staff(FuzzRequest.of("GET", "/admin/notifications/{id}", id(Long.toString(world.notificationId), random)), random);
			case 45, 46 -> staff(FuzzRequest.of("GET", "/admin/links"), random).param("reference", Hostile.orValid(reference, random));
			case 47, 48, 49 -> days(staff(FuzzRequest.of("POST", "/admin/links/{id}/extend", link), random)
				.param("reference", Hostile.orValid(world.references.get(0), random)), random);
			case 50 -> staff(FuzzRequest.of("POST", "/admin/links/{id}/expire", link), random)
				.param("reference", random.nextInt(10) == 0 ? world.references.get(0) : Hostile.any(random));
			case 51 -> staff(FuzzRequest.of("POST", "/admin/links/{id}/block", link), random)
				.param("reference", random.nextInt(10) == 0 ? world.references.get(0) : Hostile.any(random));
			case 52 -> ApiRequests.invitationFilters(staff(FuzzRequest.of("GET", "/admin/invitations"), random), random);
			case 53, 54 -> ApiRequests.invitationFilters(staff(FuzzRequest.of("POST",
					random.nextBoolean() ? "/admin/invitations/{id}/reissue" : "/admin/invitations/{id}/revoke", id("1", random)),
					random), random);
			case 55 -> optional(optional(staff(FuzzRequest.of("GET", "/admin/dispatch"), random), "territory", "chicago", random),
					"date", Hostile.pick(random, world.dates), random);
			case 56 -> optional(staff(FuzzRequest.of("GET", "/admin/dispatch/technicians/{id}",
					Hostile.orValid(ServiceWorld.TECHNICIAN, random)), random), "week", Hostile.pick(random, world.dates), random);
			case 57 -> staff(FuzzRequest.of("GET", "/admin/bookings/{reference}", Hostile.orValid(reference, random)), random);
			case 58 -> bookingChange(staff(FuzzRequest.of("POST", "/admin/bookings/{reference}/{action}", Hostile.orValid(reference, random),
					Hostile.oneOf(random, List.of("complete", "reschedule", "cancel", "reassign"))), random), random);
			default -> staff(FuzzRequest.of(Hostile.pick(random, List.of("PUT", "DELETE", "PATCH", "GET")),
					Hostile.pick(random, List.of("/admin/links/{id}/extend", "/admin/notifications/{id}")), link), random);
		};
	}

	/** The edit form of a service type, each field present or not, valid or not. */
	private static FuzzRequest serviceTypeForm(FuzzRequest request, SplittableRandom random) {
		for (String[] field : List.of(new String[] { "onPortal", "true" }, new String[] { "_onPortal", "on" },
				new String[] { "portalNames[es]", "Revisión" }, new String[] { "portalNames[" + Hostile.any(random) + "]", "x" },
				new String[] { "durationMinutes", "60" }, new String[] { "crewSize", "2" }, new String[] { "skills[gas]", "3" },
				new String[] { "skills[" + Hostile.any(random) + "]", "1" })) {
			if (random.nextInt(3) != 0) {
				request.param(field[0], Hostile.orValid(field[1], random));
			}
		}
		return request;
	}

	/** The Display tab's form, each field valid, bent or hostile; sometimes the Preview button. */
	private static FuzzRequest display(FuzzRequest request, SplittableRandom random) {
		request.param("version", Hostile.pick(random, IDS));
		for (String field : List.of("fontFamily", "fontColor", "fontColorText", "backgroundColorText", "accentColor",
				"companyName", "contactEmail", "contactPhone", "pageTitle", "pageFooter", "previewLanguage")) {
			if (random.nextBoolean()) {
				request.param(field, Hostile.forField(field.replace("contactE", "e").replace("contactP", "p")
					.replace("previewLanguage", "language"), random));
			}
		}
		if (random.nextBoolean()) {
			request.param("preview", "preview");
		}
		return request;
	}

	/** An upload of the header image: hostile bytes named and typed as a picture, or no multipart at all. */
	private static FuzzRequest headerImage(FuzzRequest request, SplittableRandom random) {
		String boundary = "fuzz" + random.nextInt(1000);
		String content = Hostile.any(random);
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n"
				+ Hostile.pick(random, IDS) + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; "
				+ "filename=\"logo.png\"\r\nContent-Type: image/png\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		String type = random.nextInt(4) == 0 ? "multipart/form-data" : "multipart/form-data; boundary=" + boundary;
		return request.body(type, body.getBytes(StandardCharsets.UTF_8), List.of(content));
	}

	private static FuzzRequest days(FuzzRequest request, SplittableRandom random) {
		if (random.nextInt(4) != 0) {
			request.param("days", Hostile.orValid(Integer.toString(1 + random.nextInt(90)), random));
		}
		return request;
	}

	private static String id(String valid, SplittableRandom random) {
		return switch (random.nextInt(4)) {
			case 0 -> valid;
			case 1 -> Hostile.pick(random, IDS);
			default -> Hostile.orValid(valid, random);
		};
	}

	/** Staff pages: a dispatcher or an admin nine times in ten. */
	private static FuzzRequest staff(FuzzRequest request, SplittableRandom random) {
		int draw = random.nextInt(10);
		return request.as(draw < 5 ? Identity.STAFF : draw < 9 ? Identity.ADMIN : Hostile.pick(random, List.of(Identity.values())));
	}

	/** A technician's, territory's or skill's form: each field present or not, valid or not, rows at any index. */
	private static FuzzRequest workforceForm(FuzzRequest request, SplittableRandom random) {
		String row = random.nextInt(10) == 0 ? Hostile.pick(random, IDS) : Integer.toString(random.nextInt(3));
		for (String[] field : List.of(new String[] { "externalId", "fuzz-x" }, new String[] { "name", "Fuzz" },
				new String[] { "timeZone", "America/Chicago" }, new String[] { "active", "true" },
				new String[] { "homeLat", "41.9" }, new String[] { "homeLon", "-87.6" }, new String[] { "territories", "1" },
				new String[] { "skills[" + row + "].skill", "1" }, new String[] { "skills[" + row + "].level", "5" },
				new String[] { "hours[" + row + "].day", "MONDAY" }, new String[] { "hours[" + row + "].from", "08:00" },
				new String[] { "hours[" + row + "].to", "12:00" }, new String[] { "hours[" + row + "].remove", "true" },
				new String[] { "timeOff[" + row + "].from", "2026-12-24T08:00" },
				new String[] { "timeOff[" + row + "].to", "2026-12-24T12:00" })) {
			if (random.nextInt(3) == 0) {
				request.param(field[0], Hostile.orValid(field[1], random));
			}
		}
		return request;
	}

	/** The self-scheduling form: each field valid, bent or hostile; the version mostly stale, so little is saved. */
	private static FuzzRequest selfScheduling(FuzzRequest request, SplittableRandom random) {
		request.param("version", Hostile.orValid("0", random));
		for (String field : List.of("minimumLeadDays", "maximumLeadDays", "maximumTravelRadiusKm", "slotStepMinutes",
				"cancelCutoffHours", "reminderWindowDays", "invitationValidityDays", "linkValidityDays", "earlierTimeOfferMinutes",
				"assetSelection")) {
			if (random.nextInt(5) != 0) {
				request.param(field, Hostile.orValid(Integer.toString(1 + random.nextInt(30)), random));
			}
		}
		return request;
	}

	/** The fields of the account, contact and asset forms, each present or not, valid or not. */
	private static FuzzRequest masterDataForm(FuzzRequest request, SplittableRandom random) {
		for (String[] field : List.of(new String[] { "id", "fuzz-new" }, new String[] { "name", "Fuzz" },
				new String[] { "firstName", "Fu" }, new String[] { "lastName", "Zz" }, new String[] { "email", "f@example.com" },
				new String[] { "phone", "+13125550100" }, new String[] { "language", "en" }, new String[] { "active", "true" },
				new String[] { "smsConsent", "false" }, new String[] { "account", FuzzWorld.ACCOUNT },
				new String[] { "timeZone", "America/Chicago" }, new String[] { "address.line1", "1 Main St" },
				new String[] { "address.country", "US" }, new String[] { "address.lat", "41.9" },
				new String[] { "location.lon", "-87.6" }, new String[] { "locationName", "Roof" })) {
			if (random.nextInt(2) == 0) {
				request.param(field[0], Hostile.orValid(field[1], random));
			}
		}
		return request;
	}

	/** The fields of the booking page's forms, each present or not, valid or not. */
	private FuzzRequest bookingChange(FuzzRequest request, SplittableRandom random) {
		optional(request, "version", "0", random);
		optional(request, "slot", Hostile.pick(random, world.slots), random);
		optional(request, "reason", "Customer moved away", random);
		return optional(request, "technician", ServiceWorld.TECHNICIAN, random);
	}

	private static FuzzRequest optional(FuzzRequest request, String name, String valid, SplittableRandom random) {
		if (random.nextBoolean()) {
			request.param(name, Hostile.orValid(valid, random));
		}
		return request;
	}

}
